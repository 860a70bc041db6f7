// Times the reader's first screen in a real terminal: `article -i --file FILE` spawned in a
// pseudo-terminal (scripts/pseudo-terminal.mjs), from the spawn to the first frame drawn (its
// status line, which ends in `? help`), then `q`. Files are measured interleaved, round by
// round, after one unmeasured warm-up each (which writes the code cache).
// Prints JSON: { FILE: [ms, ...], ... }. Usage: node first-screen.mjs ROUNDS FILE...
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PseudoTerminal } from '../pseudo-terminal.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/article.cjs');
// The status line's end: the first frame is on the screen once it has come.
const drawn = '? help';

/** Milliseconds from the spawn to the first frame; the reader is then quit. */
export function firstScreen(file, { cols = 100, rows = 40 } = {}) {
  const state = mkdtempSync(path.join(os.tmpdir(), 'article-bench-'));
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, TERM: 'xterm-256color' };
  return new Promise((resolve, reject) => {
    let seen = '';
    let took;
    const started = process.hrtime.bigint();
    const pty = new PseudoTerminal(process.execPath, [bin, '-i', '--no-history', '--file', file], {
      cols,
      rows,
      cwd: root,
      env: { ...env, XDG_STATE_HOME: state },
      onData: (data) => {
        if (took !== undefined) return;
        seen = (seen + data).slice(-200);
        if (!seen.includes(drawn)) return;
        took = Number(process.hrtime.bigint() - started) / 1e6;
        pty.write('q');
      },
    });
    const timer = setTimeout(() => {
      pty.dispose();
      reject(new Error(`no first screen within 60 s: ${file}`));
    }, 60_000);
    pty.exited.then(() => {
      clearTimeout(timer);
      pty.dispose();
      rmSync(state, { recursive: true, force: true });
      if (took === undefined)
        reject(new Error(`the reader ended before its first screen: ${file}`));
      else resolve(took);
    });
  });
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const [rounds, ...files] = process.argv.slice(2);
  const times = Object.fromEntries(files.map((file) => [file, []]));
  for (const file of files) await firstScreen(file);
  for (let round = 0; round < Number(rounds); round++)
    for (const file of files) times[file].push(await firstScreen(file));
  process.stdout.write(`${JSON.stringify(times)}\n`);
  // node-pty keeps handles open.
  process.exit(0);
}
