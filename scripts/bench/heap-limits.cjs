// The two ways of holding V8's heap small that were measured for printing big documents and not
// kept (README, Performance): `node heap-limits.cjs worker <young MB> <old MB> -- <article args>`
// runs the built article in a worker thread with those resourceLimits (0: V8's own);
// `node heap-limits.cjs flags -- <article args>` runs it in this thread after setting V8 flags
// at run time: a young generation that never grows past its first 1 MB semi-space, and an old
// generation that grows as for a small device.
const { join } = require('node:path');

const [mode, ...rest] = process.argv.slice(2);
const split = rest.indexOf('--');
const [settings, args] = [rest.slice(0, split), rest.slice(split + 1)];
const launcher = join(__dirname, '../../dist/launch.cjs');

if (mode === 'worker') {
  const { Worker } = require('node:worker_threads');
  const [young, old] = settings.map(Number);
  const worker = new Worker(`require(${JSON.stringify(launcher)}).launch()`, {
    eval: true,
    argv: args,
    resourceLimits: {
      ...(young ? { maxYoungGenerationSizeMb: young } : {}),
      ...(old ? { maxOldGenerationSizeMb: old } : {}),
    },
  });
  worker.on('exit', (code) => {
    process.exitCode = code;
  });
} else if (mode === 'flags') {
  require('node:v8').setFlagsFromString('--semi-space-growth-factor=1 --optimize-for-size');
  process.argv.splice(2, process.argv.length, ...args);
  require(launcher).launch();
} else {
  throw new Error('usage: heap-limits.cjs worker <young MB> <old MB> -- <args> | flags -- <args>');
}
