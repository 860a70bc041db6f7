import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { readSource } from '../../../src/source/source.ts';
import { type Watching, watchSource } from '../../../src/source/watch.ts';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

const folder = temporaryFolder('watch');
const noStdin = () => Readable.from([]);

/** What the watcher reported, in order, as short strings: `version: text`, `gone`, `failed: message`. */
type Events = string[];

let watching: Watching | undefined;
afterEach(() => watching?.close());

/** Writes `notes.md` (a name of each test's own) and watches it; the events are collected. */
async function watched(name: string, text: string): Promise<{ path: string; events: Events }> {
  const path = folder.write(name, text);
  const events: Events = [];
  const request = { file: path, stdin: noStdin() };
  watching = watchSource(request, await readSource(request), {
    version: (source) => events.push(`version: ${source.text}`),
    gone: () => events.push('gone'),
    failed: (error) => events.push(`failed: ${error.message}`),
  });
  return { path, events };
}

/** Waits until `count` events have come; a generous timeout, never a time asserted. */
async function waitForEvents(events: Events, count: number): Promise<Events> {
  const giveUp = Date.now() + 10_000;
  while (events.length < count) {
    if (Date.now() > giveUp)
      throw new Error(`waited for ${count} events, got ${events.join(' | ')}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return events;
}

/**
 * Ends a test with a change of its own, once what it waits for has come, and
 * waits for that change: whatever the steps before caused has been reported
 * by then, so that the list can be compared whole (no second version from a
 * burst, none from another file).
 */
async function settleWith(path: string, events: Events): Promise<Events> {
  writeFileSync(path, 'last\n');
  const giveUp = Date.now() + 10_000;
  while (events.at(-1) !== 'version: last\n') {
    if (Date.now() > giveUp) throw new Error(`no final version; got ${events.join(' | ')}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return events;
}

describe('watchSource', () => {
  it('reports a write in place as a new version', async () => {
    const { path, events } = await watched('in-place.md', '# One\n');
    writeFileSync(path, '# Two\n');
    expect(await waitForEvents(events, 1)).toEqual(['version: # Two\n']);
  });

  it('reports a change made between the last reading and the start of the watch', async () => {
    const path = folder.write('early.md', 'read\n');
    const request = { file: path, stdin: noStdin() };
    const last = await readSource(request);
    writeFileSync(path, 'changed before watching\n');
    const events: Events = [];
    watching = watchSource(request, last, {
      version: (source) => events.push(`version: ${source.text}`),
      gone: () => events.push('gone'),
      failed: (error) => events.push(`failed: ${error.message}`),
    });
    expect(await waitForEvents(events, 1)).toEqual(['version: changed before watching\n']);
  });

  it('reports a burst of writes as one version, the last text', async () => {
    const { path, events } = await watched('burst.md', 'a\n');
    // Each write on a turn of its own, as an editor's steps come: each is seen apart.
    for (const text of ['b\n', 'c\n', '', 'd\n']) {
      writeFileSync(path, text);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await waitForEvents(events, 1);
    expect(await settleWith(path, events)).toEqual(['version: d\n', 'version: last\n']);
  });

  it('follows a save that writes a new file and renames it over the old one', async () => {
    const { path, events } = await watched('renamed.md', 'old\n');
    const temporary = join(folder.path, '.renamed.md.tmp');
    writeFileSync(temporary, 'new\n');
    renameSync(temporary, path);
    await waitForEvents(events, 1);
    expect(await settleWith(path, events)).toEqual(['version: new\n', 'version: last\n']);
  });

  it('ignores the other files of the folder and a save that changes nothing', async () => {
    const { path, events } = await watched('quiet.md', 'same\n');
    writeFileSync(join(folder.path, 'other.md'), 'other\n');
    writeFileSync(path, 'same\n');
    // Time for those to be read (were they reported); the test waits, it asserts no time.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await settleWith(path, events)).toEqual(['version: last\n']);
  });

  it('reports a file that is gone once, and its return as a version, even unchanged', async () => {
    const { path, events } = await watched('gone.md', 'here\n');
    unlinkSync(path);
    expect(await waitForEvents(events, 1)).toEqual(['gone']);
    writeFileSync(join(folder.path, 'unrelated.md'), 'x\n');
    writeFileSync(path, 'here\n');
    expect(await waitForEvents(events, 2)).toEqual(['gone', 'version: here\n']);
  });

  it('reports a file it cannot read as a document, and the next good version', async () => {
    const { path, events } = await watched('binary.md', 'text\n');
    writeFileSync(path, Buffer.from([0x41, 0, 0x42]));
    const [failure] = await waitForEvents(events, 1);
    expect(failure).toMatch(/^failed: .*binary\.md/);
    writeFileSync(path, 'text\n');
    expect(await waitForEvents(events, 2)).toEqual([failure, 'version: text\n']);
  });
});
