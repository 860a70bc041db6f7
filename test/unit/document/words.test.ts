import { describe, expect, it, vi } from 'vitest';
import { parseDocument } from '../../../src/document/document.ts';
import type { Document } from '../../../src/document/model.ts';
import { countWords, minutesFor, sectionMinutes, totalWords } from '../../../src/document/words.ts';

const parse = (text: string): Document => parseDocument({ name: 'notes', text });

describe('words', () => {
  it('countWords counts runs of characters with a letter or digit', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   \n\t ')).toBe(0);
    expect(countWords('one two\tthree\nfour')).toBe(4);
    expect(countWords('a — b | c - * 42 20% C++ é 😀')).toBe(7);
    expect(countWords('  leading and trailing  ')).toBe(3);
  });

  it('counts raw HTML as it is shown: no comment, no tag, the text between tags', () => {
    const document = parse('## Html\n\n<!-- a > b c -->\n\n<div class="x">two words</div>\n');
    expect(document.sections[0]?.words).toBe(3);
  });

  it('countWords counts the words of Chinese and Japanese written without spaces', () => {
    // Intl.Segmenter's dictionary words: 这|是|一个|很|长|的|中文|段落.
    expect(countWords('这是一个很长的中文段落')).toBe(8);
    expect(countWords('日本語のテキストです。')).toBe(4);
    expect(countWords('Hello 世界 and 中文')).toBe(4);
    // Other text beyond ASCII is counted by its spaces, as before.
    expect(countWords('naïve-ish café, déjà vu')).toBe(4);
  });

  it('creates no word segmenter for text without those scripts (it costs start-up time)', async () => {
    vi.resetModules();
    const fresh = await import('../../../src/document/words.ts');
    const Segmenter = Intl.Segmenter;
    let created = 0;
    const intl = Intl as { Segmenter: typeof Intl.Segmenter };
    intl.Segmenter = class extends Segmenter {
      constructor(...args: ConstructorParameters<typeof Segmenter>) {
        super(...args);
        created++;
      }
    };
    try {
      expect(fresh.countWords('plain words, café, déjà vu — “quoted” 42')).toBe(7);
      expect(created).toBe(0);
      expect(fresh.countWords('中文段落 中文')).toBe(3);
      expect(created).toBe(1);
    } finally {
      intl.Segmenter = Segmenter;
    }
  });

  it('counts words in a section of unspaced Chinese', () => {
    const document = parse('## 中文标题\n\n这是一个很长的中文段落没有空格。\n');
    expect(document.sections[0]?.words).toBeGreaterThan(5);
  });

  it('count the heading and own text, not subsections', () => {
    const document = parse('## Two words\n\nthree more words\n\n### Sub\n\nfour five\n\n## Last\n');
    expect(document.sections.map((part) => part.words)).toEqual([5, 3, 1]);
    expect(totalWords(document.sections)).toBe(9);
  });

  it('count lists, tables, code and quotes but not rules or link definitions', () => {
    const document = parse(
      [
        '## Mixed',
        '',
        '- one',
        '- two',
        '  1. three',
        '',
        '| Name | Value |',
        '|------|-------|',
        '| a    | —     |',
        '',
        '```',
        'code words',
        '```',
        '',
        '> quoted text',
        '',
        '---',
        '',
        '[ref]: https://example.com/path "A title"',
        '',
        '![alt text](image.png)',
        '',
      ].join('\n'),
    );
    // Mixed; one two three; Name Value a; code words; quoted text; alt text
    expect(document.sections[0]?.words).toBe(13);
  });

  it('count a word split by inline markup once, as it is shown', () => {
    const document = parse(
      '## A\n\nA **bold**text, foo\\*bar, `x`y, [li](https://x.org)nk and *em*s.\n',
    );
    // A | A boldtext, foo*bar, xy, link and ems.
    expect(document.sections[0]?.words).toBe(8);
  });

  it('give reading minutes of a section with its subsections, at 230 a minute, at least 1', () => {
    const filler = (count: number) => Array.from({ length: count }, () => 'word').join(' ');
    const document = parse(
      `## Long\n\n${filler(229)}\n\n### Sub\n\n${filler(229)}\n\n## Exact\n\n${filler(229)}\n\n## Short\n`,
    );
    const [long, sub, exact, short] = document.sections;
    expect([long?.words, sub?.words, exact?.words, short?.words]).toEqual([230, 230, 230, 1]);
    expect(long && sectionMinutes(long)).toBe(2);
    expect(sub && sectionMinutes(sub)).toBe(1);
    expect(exact && sectionMinutes(exact)).toBe(1);
    expect(short && sectionMinutes(short)).toBe(1);
    expect([
      minutesFor(0),
      minutesFor(1),
      minutesFor(230),
      minutesFor(231),
      minutesFor(461),
    ]).toEqual([1, 1, 1, 2, 3]);
  });
});
