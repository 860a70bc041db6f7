import { type Section, withSubsections } from './model.ts';

export const wordsPerMinute = 230;

export function minutesFor(words: number): number {
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}

/** Reading time of the section with its subsections. */
export function sectionMinutes(section: Section): number {
  return minutesFor(totalWords(withSubsections(section)));
}

export function totalWords(sections: readonly Section[]): number {
  return sections.reduce((sum, section) => sum + section.words, 0);
}

/**
 * A word is a run of non-space characters with at least one letter or digit
 * in it. Chinese, Japanese, Thai, Lao, Khmer and Burmese put no spaces between
 * words: a run in those scripts counts the words Intl.Segmenter finds in it
 * (ICU's dictionaries: 中文段落 is 中文 and 段落).
 */
export function countWords(text: string): number {
  // Most text holds no such run and never creates the segmenter, which loads dictionaries.
  const spaceless = withoutSpaces.test(text);
  let count = 0;
  for (const run of text.split(/\s+/)) {
    if (!hasLetterOrDigit(run)) continue;
    if (!spaceless || !withoutSpaces.test(run)) {
      count++;
      continue;
    }
    wordSegmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
    for (const segment of wordSegmenter.segment(run)) if (segment.isWordLike) count++;
  }
  return count;
}

/**
 * A run of text is a word when it holds a letter or a digit of any script.
 * ASCII is tried first: the Unicode property expression is slow to compile
 * on first use (README, Performance), and English text never needs it.
 */
function hasLetterOrDigit(run: string): boolean {
  return /[A-Za-z0-9]/.test(run) || (/[^\x00-\x7f]/.test(run) && /[\p{L}\p{N}]/u.test(run));
}

/**
 * Scripts written without spaces between words, by Unicode block: Thai, Lao,
 * Myanmar, Khmer, kana and CJK ideographs (with those beyond the BMP). Ranges,
 * not script properties, which are slower to compile.
 */
const withoutSpaces =
  /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\u{20000}-\u{3ffff}]/u;
let wordSegmenter: Intl.Segmenter | undefined;
