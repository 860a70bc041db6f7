import { describe, expect, it } from 'vitest';
import { webText } from '../../../../src/source/web/text.ts';

// "Совы" (owls) in windows-1251.
const owls1251 = [0xd1, 0xee, 0xe2, 0xfb];
const page = (head: string, body: number[]) =>
  Buffer.concat([
    Buffer.from(`<!doctype html><html><head>${head}</head><body><p>`),
    Buffer.from(body),
    Buffer.from('</p></body></html>'),
  ]);

describe('webText', () => {
  it('reads HTML in the charset of the header, over UTF-8 and over a <meta> that says otherwise', () => {
    const { text, format } = webText(page('', owls1251), 'x', 'html', 'windows-1251');
    expect(format).toBe('html');
    expect(text).toContain('<p>Совы</p>');
    const lying = page('<meta charset="iso-8859-5">', owls1251);
    expect(webText(lying, 'x', 'html', 'windows-1251').text).toContain('<p>Совы</p>');
  });

  it('reads HTML by its <meta> without a charset in the header, else as UTF-8', () => {
    expect(
      webText(page('<meta charset="windows-1251">', owls1251), 'x', 'html', undefined).text,
    ).toContain('<p>Совы</p>');
    expect(webText(Buffer.from('<p>Café</p>'), 'x', 'html', undefined).text).toBe('<p>Café</p>');
  });

  it('lets a byte order mark win over the header', () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>Café</p>')]);
    expect(webText(bom, 'x', 'html', 'windows-1251').text).toBe('<p>Café</p>');
    expect(webText(bom, 'x', 'markdown', 'windows-1251').text).toBe('<p>Café</p>');
  });

  it('reads Markdown in the header charset, else UTF-8', () => {
    const heading = Buffer.from([0x23, 0x20, ...owls1251]);
    expect(webText(heading, 'x', 'markdown', 'windows-1251')).toEqual({
      text: '# Совы',
      format: 'markdown',
    });
    expect(webText(Buffer.from('# Café'), 'x', 'markdown', undefined).text).toBe('# Café');
  });

  it('sniffs a page or Markdown when the type said nothing, and refuses a binary', () => {
    expect(webText(page('', [0x61]), 'x', 'sniff', undefined).format).toBe('html');
    expect(webText(Buffer.from('# Owls\n'), 'x', 'sniff', undefined).format).toBe('markdown');
    expect(webText(page('', owls1251), 'x', 'sniff', 'windows-1251').text).toContain('Совы');
    expect(() => webText(Buffer.from('GIF89a\0\0'), 'https://x/a', 'sniff', undefined)).toThrow(
      'https://x/a: binary file',
    );
  });
});
