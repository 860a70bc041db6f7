import { describe, expect, it } from 'vitest';
import { ArticleError } from '../../../src/errors.ts';
import { decode, decodeInCharset, hasByteOrderMark } from '../../../src/source/decode.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf16le = (text: string) => Buffer.concat([bytes(0xff, 0xfe), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) =>
  Buffer.concat([bytes(0xfe, 0xff), Buffer.from(text, 'utf16le').swap16()]);

describe('decode', () => {
  it('removes a UTF-8 byte order mark', () => {
    const text = decode(Buffer.concat([bytes(0xef, 0xbb, 0xbf), Buffer.from('# Café')]), 'x.md');
    expect(text).toBe('# Café');
  });

  it('decodes UTF-16LE with a byte order mark', () => {
    expect(decode(utf16le('# Grüße ✓\n\ntext'), 'x.md')).toBe('# Grüße ✓\n\ntext');
  });

  it('decodes UTF-16BE with a byte order mark', () => {
    expect(decode(utf16be('# Grüße ✓\n\ntext'), 'x.md')).toBe('# Grüße ✓\n\ntext');
  });

  it('normalises line ends in UTF-16 too', () => {
    expect(decode(utf16le('a\r\nb\rc'), 'x.md')).toBe('a\nb\nc');
    expect(decode(utf16be('a\r\nb\rc'), 'x.md')).toBe('a\nb\nc');
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(decode(Buffer.from('a\r\nb\rc\nd\r\r\ne\r'), 'x.md')).toBe('a\nb\nc\nd\n\ne\n');
  });

  it('shows invalid UTF-8 bytes as U+FFFD', () => {
    expect(decode(bytes(0x61, 0xff, 0x62, 0xc3, 0x28), 'x.md')).toBe('a\uFFFDb\uFFFD(');
  });

  it('refuses NUL bytes outside UTF-16 as a binary file', () => {
    const attempt = () => decode(Buffer.from('abc\0def'), 'picture.png');
    expect(attempt).toThrow(ArticleError);
    expect(attempt).toThrow(/binary/);
    expect(attempt).toThrow(/picture\.png/);
  });

  it('refuses NUL bytes after a UTF-8 byte order mark', () => {
    expect(() => decode(bytes(0xef, 0xbb, 0xbf, 0x61, 0x00), 'x.md')).toThrow(/binary/);
  });

  it('accepts empty input', () => {
    expect(decode(new Uint8Array(), 'x.md')).toBe('');
  });
});

describe('decodeInCharset', () => {
  const cyrillic = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]); // "Привет" in windows-1251

  it('reads the bytes in the character set the label names', () => {
    expect(decodeInCharset(cyrillic, 'x', 'windows-1251')).toBe('Привет');
    expect(decodeInCharset(cyrillic, 'x', 'CP1251')).toBe('Привет');
    expect(decodeInCharset(Buffer.from('a\r\nb'), 'x', 'iso-8859-1')).toBe('a\nb');
  });

  it('lets a byte order mark win over the label', () => {
    expect(decodeInCharset(utf16le('Grüße'), 'x', 'windows-1251')).toBe('Grüße');
  });

  it('reads UTF-8 without a label, with an unknown one, or for UTF-8, refusing NUL bytes', () => {
    for (const label of [undefined, 'no-such-charset', 'utf8']) {
      expect(decodeInCharset(Buffer.from('Café'), 'x', label)).toBe('Café');
      expect(() => decodeInCharset(Buffer.from('a\0b'), 'x', label)).toThrow(/binary/);
    }
  });
});

describe('hasByteOrderMark', () => {
  it('knows the marks of UTF-8 and both UTF-16s, and nothing else', () => {
    expect(hasByteOrderMark(bytes(0xef, 0xbb, 0xbf, 0x61))).toBe(true);
    expect(hasByteOrderMark(bytes(0xff, 0xfe))).toBe(true);
    expect(hasByteOrderMark(bytes(0xfe, 0xff))).toBe(true);
    expect(hasByteOrderMark(bytes(0xef, 0xbb, 0x61))).toBe(false);
    expect(hasByteOrderMark(bytes())).toBe(false);
  });
});
