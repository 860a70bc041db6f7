import { describe, expect, it } from 'vitest';
import { decodeHtml, htmlEncoding } from '../../../src/source/html-encoding.ts';

/** An HTML page around bytes of text in some character set, with what its head says. */
function page(head: string, text: number[]): Buffer {
  return Buffer.concat([
    Buffer.from(`<!doctype html><html><head>${head}</head><body><p>`),
    Buffer.from(text),
    Buffer.from('</p></body></html>'),
  ]);
}

// "Привет", "こんにちは", "你好" and "Café", written out in each character set by hand.
const cp1251 = [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2];
const shiftJis = [0x82, 0xb1, 0x82, 0xf1, 0x82, 0xc9, 0x82, 0xbf, 0x82, 0xcd];
const gbk = [0xc4, 0xe3, 0xba, 0xc3];
const latin1 = [0x43, 0x61, 0x66, 0xe9];

describe('htmlEncoding and decodeHtml', () => {
  it.each([
    ['<meta charset="windows-1251">', cp1251, 'windows-1251', 'Привет'],
    ['<meta charset="Shift_JIS">', shiftJis, 'Shift_JIS', 'こんにちは'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=gbk">', gbk, 'GBK', '你好'],
    ['<meta charset="ISO-8859-1">', latin1, 'windows-1252', 'Café'],
  ])('reads %s', (head, text, encoding, decoded) => {
    const bytes = page(head, text);
    expect(htmlEncoding(bytes)).toBe(encoding);
    expect(decodeHtml(bytes)).toContain(`<p>${decoded}</p>`);
  });

  it('is UTF-8 when nothing declares a character set', () => {
    expect(htmlEncoding(page('', latin1))).toBe('UTF-8');
    expect(decodeHtml(page('', latin1))).toContain('<p>Caf\ufffd</p>');
    expect(decodeHtml(Buffer.from('<p>Café</p>'))).toBe('<p>Café</p>');
  });

  it('lets a byte order mark win over the meta tag, and a transport label over the meta tag', () => {
    const withBom = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      page('<meta charset="gbk">', []),
    ]);
    expect(htmlEncoding(withBom)).toBe('UTF-8');
    expect(htmlEncoding(page('<meta charset="gbk">', []), 'windows-1251')).toBe('windows-1251');
  });

  it('looks for the meta tag in the first 1024 bytes only', () => {
    const late = Buffer.concat([
      Buffer.from(`<!--${' '.repeat(1100)}-->`),
      page('<meta charset="gbk">', gbk),
    ]);
    expect(htmlEncoding(late)).toBe('UTF-8');
  });
});
