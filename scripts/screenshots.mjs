// Writes the README's pictures (docs/*.svg) from real output of the built
// `article`: npm run build && npm run screenshots. scripts/terminal-svg.mjs
// says how; test/e2e/screenshots.test.ts fails when a picture is stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pictures, renderPicture, root } from './terminal-svg.mjs';

for (const picture of pictures) {
  const started = performance.now();
  const svg = await renderPicture(picture);
  const path = join(root, picture.file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, svg);
  const ms = Math.round(performance.now() - started);
  process.stderr.write(`${picture.file}: article ${picture.args.join(' ')} (${ms} ms)\n`);
}
