import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../../../src/source/decode.ts';
import { decodedPieces, largeMarkdownFile, readPieces } from '../../../src/source/pieces.ts';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

/** A reader of these bytes, at most `most` of them at a time (a pipe-like short read). */
function readerOf(bytes: Uint8Array, most = Infinity) {
  let at = 0;
  return (into: Uint8Array, offset: number, length: number): number => {
    const count = Math.min(length, most, bytes.length - at);
    into.set(bytes.subarray(at, at + count), offset);
    at += count;
    return count;
  };
}

function piecesOf(bytes: Uint8Array, size: number, most?: number): string[] {
  return [...decodedPieces('test.md', readerOf(bytes, most), size)];
}

describe('decodedPieces', () => {
  it('gives the text as decode gives the whole, in pieces of whole lines', () => {
    const bytes = Buffer.from('first line\r\nsecond é line\rthird 日本\nlast');
    const pieces = piecesOf(bytes, 8);
    expect(pieces.join('')).toBe(decode(bytes, 'test.md'));
    expect(pieces.slice(0, -1).every((piece) => piece.endsWith('\n'))).toBe(true);
    expect(pieces.at(-1)).toBe('last');
  });

  it('joins a line end that two reads cut in two', () => {
    // Reads of 2 bytes end after each carriage return, alone and before its line feed.
    expect(piecesOf(Buffer.from('a\rb\r\nc'), 2).join('')).toBe('a\nb\nc');
  });

  it('drops a UTF-8 byte order mark at the start only', () => {
    const bytes = Buffer.from('\ufeffone\n\ufefftwo\n');
    expect(piecesOf(bytes, 4).join('')).toBe('one\n\ufefftwo\n');
  });

  it('reads UTF-16 after its byte order mark, little and big endian', () => {
    const text = 'línea uno\r\nline 2 😀\n';
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const big = Buffer.from(little);
    big.swap16();
    expect(piecesOf(little, 5).join('')).toBe('línea uno\nline 2 😀\n');
    expect(piecesOf(big, 5).join('')).toBe('línea uno\nline 2 😀\n');
  });

  it('refuses NUL bytes in UTF-8, wherever they are', () => {
    const bytes = Buffer.from(`${'text\n'.repeat(100)}\0`);
    expect(() => piecesOf(bytes, 16)).toThrow(
      'test.md: binary file (contains NUL bytes), not Markdown',
    );
  });

  it('reads a file without a line end in one piece', () => {
    const bytes = Buffer.from('x'.repeat(1000));
    expect(piecesOf(bytes, 16)).toEqual(['x'.repeat(1000)]);
  });

  it('gives nothing for nothing', () => {
    expect(piecesOf(new Uint8Array(0), 16)).toEqual([]);
  });
});

describe('decodedPieces (property)', () => {
  // Bytes that make every kind of UTF-8 trouble: cut characters, stray continuation bytes,
  // overlong and unfinished sequences, carriage returns.
  const byte = fc.oneof(
    fc.constantFrom(0x0a, 0x0d, 0x41, 0x20),
    fc.integer({ min: 0x80, max: 0xbf }),
    fc.integer({ min: 0xc0, max: 0xff }),
  );
  const text = fc.oneof(
    fc.string({ unit: 'binary' }).map((value) => Buffer.from(value.replace(/\0/g, ''))),
    fc.array(byte, { maxLength: 80 }).map((values) => Buffer.from(values)),
  );

  it('joins to what decode makes of the whole, however the reads cut it', () => {
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: 4, max: 20 }),
        fc.integer({ min: 1, max: 7 }),
        (bytes, size, most) => {
          const pieces = piecesOf(bytes, size, most);
          expect(pieces.join('')).toBe(decode(bytes, 'test.md'));
          for (const piece of pieces.slice(0, -1)) expect(piece.endsWith('\n')).toBe(true);
        },
      ),
    );
  });
});

describe('largeMarkdownFile', () => {
  const folder = temporaryFolder('pieces');

  it('takes a regular Markdown file of the size asked for, and reads it again each time', () => {
    const path = folder.write('big.md', '# Title\r\n\r\ntext\n');
    const file = largeMarkdownFile(path, undefined, 10);
    expect(file?.name).toBe('big');
    expect([...(file?.pieces() ?? [])].join('')).toBe('# Title\n\ntext\n');
    expect([...(file?.pieces() ?? [])].join('')).toBe('# Title\n\ntext\n');
  });

  it('leaves everything else to the whole read', () => {
    const small = folder.write('small.md', 'text\n');
    const page = folder.write('page.html', `<p>${'x'.repeat(100)}</p>`);
    const sniffed = folder.write('page', `<!doctype html><p>${'x'.repeat(100)}</p>`);
    expect(largeMarkdownFile(small, undefined, 10)).toBeUndefined();
    expect(largeMarkdownFile(page, undefined, 10)).toBeUndefined();
    expect(largeMarkdownFile(sniffed, undefined, 10)).toBeUndefined();
    expect(largeMarkdownFile(sniffed, 'markdown', 10)).toBeDefined();
    expect(largeMarkdownFile(folder.path, undefined, 0)).toBeUndefined();
    expect(largeMarkdownFile('-', undefined, 0)).toBeUndefined();
    expect(largeMarkdownFile('https://example.com/a.md', undefined, 0)).toBeUndefined();
    expect(largeMarkdownFile(`${folder.path}/missing.md`, undefined, 0)).toBeUndefined();
    expect(largeMarkdownFile(undefined, undefined, 0)).toBeUndefined();
  });

  it('says which file could not be read when it is gone on the second reading', () => {
    expect(() => [...readPieces(`${folder.path}/gone.md`)]).toThrow(/gone\.md: no such file/);
  });
});
