import { describe, expect, it } from 'vitest';
import { ArticleError } from '../../../../src/errors.ts';
import { formatOfResponse, parseContentType } from '../../../../src/source/web/content-type.ts';

const at = (path: string) => new URL(`https://example.com${path}`);
const type = (header: string | null) => parseContentType(header);

describe('parseContentType', () => {
  it('gives the type in lower case and the charset as written', () => {
    expect(type('Text/HTML; Charset="Shift_JIS"')).toEqual({
      essence: 'text/html',
      charset: 'Shift_JIS',
    });
    expect(type('text/markdown')).toEqual({ essence: 'text/markdown', charset: undefined });
  });

  it('says nothing for no header or one it cannot read', () => {
    expect(type(null)).toEqual({ essence: undefined, charset: undefined });
    expect(type('')).toEqual({ essence: undefined, charset: undefined });
    expect(type('not a type')).toEqual({ essence: undefined, charset: undefined });
  });
});

describe('formatOfResponse', () => {
  it('reads HTML and XHTML as HTML, and both Markdown types as Markdown', () => {
    expect(formatOfResponse(type('text/html; charset=utf-8'), at('/a.md'))).toBe('html');
    expect(formatOfResponse(type('application/xhtml+xml'), at('/a'))).toBe('html');
    expect(formatOfResponse(type('text/markdown'), at('/a'))).toBe('markdown');
    expect(formatOfResponse(type('text/x-markdown'), at('/a'))).toBe('markdown');
  });

  it('reads a .md or .markdown address as Markdown when the type says nothing', () => {
    expect(formatOfResponse(type('text/plain'), at('/raw/README.md'))).toBe('markdown');
    expect(formatOfResponse(type(null), at('/notes.MARKDOWN'))).toBe('markdown');
    expect(formatOfResponse(type('application/octet-stream'), at('/a.md'))).toBe('markdown');
  });

  it('sniffs when neither the type nor the address says', () => {
    expect(formatOfResponse(type(null), at('/story'))).toBe('sniff');
    expect(formatOfResponse(type('text/plain'), at('/story.txt'))).toBe('sniff');
    expect(formatOfResponse(type('application/octet-stream'), at('/x'))).toBe('sniff');
  });

  it('refuses any other type, naming it', () => {
    const pdf = () => formatOfResponse(type('application/pdf'), at('/doc.pdf'));
    expect(pdf).toThrow(ArticleError);
    expect(pdf).toThrow('https://example.com/doc.pdf: not an article: application/pdf');
    expect(() => formatOfResponse(type('image/png'), at('/a.md'))).toThrow(/image\/png/);
  });
});
