import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { highlightLines, largestHighlighted } from '../../../src/render/highlight.ts';
import { createTheme } from '../../../src/render/theme.ts';

const dark = createTheme(true, 'dark');
const keyword = '\u001b[38;5;141m';
const string = '\u001b[38;5;114m';

describe('highlightLines', () => {
  it('colours the scopes of a language highlight.js knows, and keeps the text as it was', () => {
    const code = 'const a = "x<y" && b; // &amp;\nfunction f() {}';
    const lines = highlightLines(code, 'js', dark);
    expect(lines).toHaveLength(2);
    expect(lines?.[0]).toContain(`${keyword}const`);
    expect(lines?.[0]).toContain(`${string}"x<y"`);
    expect(lines?.map((line) => stripVTControlCharacters(line)).join('\n')).toBe(code);
  });

  it('styles each line on its own, also inside a comment that spans lines', () => {
    const lines = highlightLines('/* one\ntwo */ x', 'js', dark) ?? [];
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line.startsWith('\u001b[')).toBe(true);
      expect(line.endsWith('\u001b[39m')).toBe(true);
    }
  });

  it('gives nothing without colour, without a language, for an unknown one, or for a big block', () => {
    expect(highlightLines('const a = 1', 'js', createTheme(false, 'dark'))).toBeUndefined();
    expect(highlightLines('const a = 1', undefined, dark)).toBeUndefined();
    expect(highlightLines('const a = 1', 'no-such-language', dark)).toBeUndefined();
    expect(highlightLines('a'.repeat(largestHighlighted + 1), 'js', dark)).toBeUndefined();
  });

  it('leaves control characters as the caret notation it is given', () => {
    const lines = highlightLines('const a = "^[[2J";', 'js', dark) ?? [];
    expect(lines.join('')).not.toContain('\u001b[2J');
    expect(stripVTControlCharacters(lines.join(''))).toBe('const a = "^[[2J";');
  });
});

describe('highlightLines with a language inside another', () => {
  it('shows no markup of the embedding (HTML in JavaScript, as in many READMEs)', () => {
    const code = 'const page = <div class="a">Hi & bye</div>;\nconst style = `<style>a{}</style>`;';
    const lines = highlightLines(code, 'jsx', dark) ?? [];
    expect(lines.map((line) => stripVTControlCharacters(line)).join('\n')).toBe(code);
  });

  it('is the same text as without colour for Markdown with fenced code inside', () => {
    const code = '```html\n<span class="x">a</span>\n```\n<b>b</b>';
    const lines = highlightLines(code, 'markdown', dark) ?? [];
    expect(lines.map((line) => stripVTControlCharacters(line)).join('\n')).toBe(code);
  });
});
