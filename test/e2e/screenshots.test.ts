import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pictures, renderPicture, root } from '../../scripts/terminal-svg.mjs';

/** Where two texts first differ, as the line number and both versions of that line. */
function firstDifference(committed: string, fresh: string): string {
  const before = committed.split('\n');
  const after = fresh.split('\n');
  const line = before.findIndex((text, index) => text !== after[index]);
  const at = line === -1 ? before.length : line;
  return `line ${at + 1}:\n  in the file: ${before[at] ?? '(end)'}\n  now:         ${after[at] ?? '(end)'}`;
}

// The README's pictures are made from real output (scripts/terminal-svg.mjs): each is made again
// here, in memory, and has to be the file in docs/ byte for byte.
describe('the README pictures in docs/', () => {
  for (const picture of pictures) {
    it(`${picture.file} shows what article ${picture.args.join(' ')} shows now`, async () => {
      const path = join(root, picture.file);
      const rerun = 'run `npm run build && npm run screenshots` and read the diff';
      if (!existsSync(path)) expect.fail(`${picture.file} is missing: ${rerun}`);
      const fresh = await renderPicture(picture, { timeout: 20_000 });
      const committed = readFileSync(path, 'utf8');
      if (fresh !== committed) {
        expect.fail(
          `${picture.file} is stale: ${rerun}. First difference at ${firstDifference(committed, fresh)}`,
        );
      }
    });
  }
});
