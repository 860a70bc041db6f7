import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkOpener } from '../../../src/cli/link-opener.ts';
import { parseDocument } from '../../../src/document/document.ts';
import type { Document } from '../../../src/document/model.ts';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

const folder = temporaryFolder('link-opener');
const opened: string[] = [];
const openDocument = async (file: string): Promise<Document> => {
  opened.push(file);
  return parseDocument({ name: file, text: '# Opened\n' });
};

function setUp() {
  const docs = join(folder.path, 'docs');
  mkdirSync(join(docs, 'deep'), { recursive: true });
  mkdirSync(join(folder.path, 'private'), { recursive: true });
  writeFileSync(join(docs, 'start.md'), '# Start\n');
  writeFileSync(join(docs, 'deep', 'page.md'), '# Page\n');
  writeFileSync(join(folder.path, 'private', 'leak.md'), '# Leak\n');
  mkdirSync(join(docs, 'folder.md'));
  symlinkSync(join(folder.path, 'private'), join(docs, 'escape'));
  symlinkSync(join(docs, 'deep', 'page.md'), join(docs, 'alias.md'));
  return join(docs, 'start.md');
}

const file = (path: string) => ({ kind: 'file' as const, path, fragment: undefined });

describe('opening the files and pages links lead to', () => {
  it('opens a file in the folder or below, named by its file name', async () => {
    const start = setUp();
    const { open, location } = linkOpener(start, openDocument);
    expect(location).toBe(start);
    const result = await open?.(file('deep/page.md'), undefined);
    expect(result).toMatchObject({
      location: join(folder.path, 'docs/deep/page.md'),
      name: 'page.md',
    });
    // From the page opened, its own relative links read against its folder.
    const back = await open?.(file('../start.md'), join(folder.path, 'docs/deep/page.md'));
    expect(back).toMatchObject({ location: start });
    // A symbolic link that stays inside is followed.
    expect(await open?.(file('alias.md'), undefined)).toMatchObject({ name: 'alias.md' });
  });

  it('refuses what leaves the folder, by path or by symbolic link, and what is no file', async () => {
    const start = join(folder.path, 'docs', 'start.md');
    const { open } = linkOpener(start, openDocument);
    const count = opened.length;
    expect(await open?.(file('../private/leak.md'), undefined)).toBe(
      'outside the first document’s folder',
    );
    expect(await open?.(file('escape/leak.md'), undefined)).toBe(
      'escape/leak.md leads outside the first document’s folder',
    );
    expect(await open?.(file('missing.md'), undefined)).toBe('no file missing.md');
    expect(await open?.(file('folder.md'), undefined)).toBe('folder.md is not a file');
    expect(opened.length).toBe(count);
  });

  it('turns a failure of the pipeline into a note', async () => {
    const { open } = linkOpener(join(folder.path, 'docs', 'start.md'), async () => {
      throw new Error('404 Not Found');
    });
    expect(await open?.({ kind: 'web', url: 'https://example.com/x' }, undefined)).toBe(
      '404 Not Found',
    );
  });

  it('follows no file links from standard input, nor from a web page', async () => {
    const fromInput = linkOpener('-', openDocument);
    expect(await fromInput.open?.(file('a.md'), undefined)).toBe(
      'links to files are followed from a file only',
    );
    expect(await fromInput.open?.({ kind: 'web', url: 'https://x.org/' }, undefined)).toMatchObject(
      {
        name: 'x.org',
      },
    );
    const fromWeb = linkOpener('https://example.com/a', openDocument);
    expect(fromWeb.location).toBe('https://example.com/a');
    expect(await fromWeb.open?.(file('a.md'), undefined)).toBe(
      'links to files are followed from a file only',
    );
  });
});
