import fc from 'fast-check';

/**
 * The escape sequences the text format writes, opening and closing: SGR
 * attributes and colours (16, 256 and true colour, foreground and
 * background, several codes in one sequence, a reset) and OSC 8 hyperlinks
 * ended by ST or BEL.
 */
export const sequences = [
  '\u001b[1m',
  '\u001b[22m',
  '\u001b[2m',
  '\u001b[3m',
  '\u001b[23m',
  '\u001b[4m',
  '\u001b[24m',
  '\u001b[7m',
  '\u001b[27m',
  '\u001b[9m',
  '\u001b[29m',
  '\u001b[31m',
  '\u001b[39m',
  '\u001b[38;5;222m',
  '\u001b[38;2;10;20;30m',
  '\u001b[48;5;17m',
  '\u001b[49m',
  '\u001b[1;4m',
  '\u001b[22;39m',
  '\u001b[0m',
  '\u001b[m',
  '\u001b[38;5m',
  '\u001b]8;;https://example.com/a\u001b\\',
  '\u001b]8;;\u001b\\',
  '\u001b]8;;https://example.com/b?q=1;x\u0007',
  '\u001b]8;;\u0007',
];

/** Words of several scripts: Latin with accents composed and not, Chinese, Japanese, Korean, emoji sequences. */
export const scriptWords = [
  'word',
  'a',
  'naïve',
  'cafe\u0301',
  'Vie\u0323\u0302t',
  '中文',
  '汉字很多的句子没有空格',
  '日本語の文章です。',
  '「かぎ括弧」',
  'カタカナ',
  'ｶﾀｶﾅ',
  '한국어',
  '문장입니다.',
  '😀',
  '👍🏽',
  '👨‍👩‍👧‍👦',
  '🇻🇳',
  '❤️',
  '1️⃣',
  '\u3000',
  '\u200b',
  '東京[3]',
  '2024年',
];

/** Text of those words, spaces (one or more) and sequences between and inside them, on one line or several. */
export const styledText = (options: { readonly newlines?: boolean } = {}) =>
  fc
    .array(
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...scriptWords) },
        { weight: 4, arbitrary: fc.constantFrom(' ', ' ', '  ', ', ') },
        { weight: 3, arbitrary: fc.constantFrom(...sequences) },
        { weight: 2, arbitrary: fc.stringMatching(/^[a-z]{1,18}$/) },
        { weight: options.newlines ? 1 : 0, arbitrary: fc.constant('\n') },
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join(''));
