import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { ArticleError } from '../../../src/errors.ts';
import { readSource } from '../../../src/source/source.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('readSource', () => {
  const temp = mkdtempSync(join(tmpdir(), 'article-source-'));
  const noStdin = () => Readable.from([]);
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('reads the bundled article when no file is given', async () => {
    const source = await readSource({ stdin: noStdin() });
    expect(source.name).toBe('article');
    expect(source.text.startsWith('---')).toBe(true);
    expect(source.text).toContain('## Season 2 will not be affected by backlash');
  });

  it('reads and decodes a file, named after it without the extension', async () => {
    const path = join(temp, 'notes.md');
    writeFileSync(path, '\uFEFF# Notes\r\n\r\ntext\r\n');
    expect(await readSource({ file: path, stdin: noStdin() })).toEqual({
      name: 'notes',
      text: '# Notes\n\ntext\n',
      format: 'markdown',
    });
  });

  it('says whether the text is HTML: by the name, by the start, or as forced', async () => {
    const page = join(temp, 'page.htm');
    writeFileSync(page, '# Not really a page\n');
    expect((await readSource({ file: page, stdin: noStdin() })).format).toBe('html');
    const forced = await readSource({ file: page, from: 'markdown', stdin: noStdin() });
    expect(forced.format).toBe('markdown');
    const stdin = Readable.from([Buffer.from('<!doctype html><p>x</p>')]);
    expect((await readSource({ file: '-', stdin })).format).toBe('html');
  });

  it('reports a missing file', async () => {
    const path = join(temp, 'missing.md');
    const reading = readSource({ file: path, stdin: noStdin() });
    await expect(reading).rejects.toBeInstanceOf(ArticleError);
    await expect(readSource({ file: path, stdin: noStdin() })).rejects.toThrow(
      `${path}: no such file`,
    );
  });

  it('reports a directory', async () => {
    const path = join(temp, 'folder.md');
    mkdirSync(path);
    const reading = readSource({ file: path, stdin: noStdin() });
    await expect(reading).rejects.toBeInstanceOf(ArticleError);
    await expect(readSource({ file: path, stdin: noStdin() })).rejects.toThrow(/is a directory/);
  });

  it.skipIf(process.getuid?.() === 0)('reports a file it may not read', async () => {
    const path = join(temp, 'secret.md');
    writeFileSync(path, '# Secret\n');
    chmodSync(path, 0o000);
    try {
      const reading = readSource({ file: path, stdin: noStdin() });
      await expect(reading).rejects.toBeInstanceOf(ArticleError);
      await expect(readSource({ file: path, stdin: noStdin() })).rejects.toThrow(
        /permission denied/,
      );
    } finally {
      chmodSync(path, 0o600);
    }
  });

  it('reports a binary file', async () => {
    const path = join(temp, 'image.png');
    writeFileSync(path, bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x00));
    await expect(readSource({ file: path, stdin: noStdin() })).rejects.toThrow(/binary/);
  });

  it('reads standard input for -', async () => {
    const stdin = Readable.from([Buffer.from('# T\n\nx')]);
    expect(await readSource({ file: '-', stdin })).toEqual({
      name: 'standard input',
      text: '# T\n\nx',
      format: 'markdown',
    });
  });

  it('joins standard input that arrives in pieces, even inside a character', async () => {
    const bytesOfText = Buffer.from('# Café\r\n\r\nx');
    const stdin = Readable.from([bytesOfText.subarray(0, 6), bytesOfText.subarray(6)]);
    expect((await readSource({ file: '-', stdin })).text).toBe('# Café\n\nx');
  });

  it('refuses standard input that is a terminal', async () => {
    const stdin = Object.assign(Readable.from([]), { isTTY: true });
    const reading = readSource({ file: '-', stdin });
    await expect(reading).rejects.toBeInstanceOf(ArticleError);
    await expect(
      readSource({ file: '-', stdin: Object.assign(Readable.from([]), { isTTY: true }) }),
    ).rejects.toThrow(/terminal/);
  });
});
