import fc from 'fast-check';

/**
 * Markdown-like documents made of the constructs that trouble terminal
 * renderers and the lexer: nesting, wide and combining characters, emoji,
 * control characters, long words, raw HTML, fences, setext headings.
 */

// Pieces of inline text.
const plainWord = fc.stringMatching(/^[a-z]{1,9}$/);
const awkwardWord = fc.constantFrom(
  '漢字', // wide CJK
  '日本語のテキスト',
  'ｆｕｌｌ', // full-width Latin
  'e\u0301te\u0301', // combining acute accents
  'a\u0308\u0323', // two combining marks
  '👍', // emoji
  '👍🏽', // with a skin tone modifier
  '👨‍👩‍👧', // a ZWJ sequence
  '🇫🇷', // a flag
  '\u001b[31mred\u001b[0m', // an escape sequence
  '\u001b]8;;http://x.org\u0007link\u001b]8;;\u0007', // an OSC 8 hyperlink
  '\u001b]52;c;ZXZpbA==\u0007', // an OSC 52 clipboard write
  '\u001bPq#0;2;0;0;0\u001b\\', // a DCS (sixel) string
  'bell\u0007', // BEL
  '\u009b31m', // a C1 CSI
  'back\bspace', // backspace
  'carriage\rreturn', // a bare carriage return (a line end once read)
  '\u202eevil', // a bidirectional override
  'a&amp;b',
  '&copy;',
  '&#27;', // ESC as an entity
  'tab\there', // a tab in text
  '&#9;', // a tab as an entity
  '`a\tb`', // a tab in a code span
  '<a\thref="x">', // a tab in inline HTML
  '[t](u&#9;v)', // a tab in a link target
  'x'.repeat(45), // longer than the narrow widths
  'https://example.org/a/very/long/path/that/does/not/fit/in/twenty/columns',
);
const word = fc.oneof({ weight: 4, arbitrary: plainWord }, { weight: 1, arbitrary: awkwardWord });
const words = (most: number) =>
  fc.array(word, { minLength: 1, maxLength: most }).map((list) => list.join(' '));

const span: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: words(6) },
  { weight: 1, arbitrary: words(3).map((text) => `*${text}*`) },
  { weight: 1, arbitrary: words(3).map((text) => `**${text}**`) },
  { weight: 1, arbitrary: words(3).map((text) => `~~${text}~~`) },
  { weight: 1, arbitrary: words(3).map((text) => `\`${text}\``) },
  { weight: 1, arbitrary: fc.constantFrom('` x`', '`  `', '` `') },
  {
    weight: 1,
    arbitrary: fc
      .tuple(words(3), fc.constantFrom('http://x.org', 'https://example.org/a?b=1&c=2', '#here'))
      .map(([text, url]) => `[${text}](${url})`),
  },
  { weight: 1, arbitrary: words(2).map((text) => `![${text}](pic.png)`) },
  { weight: 1, arbitrary: fc.constantFrom('<https://x.org/auto>', 'www.example.com', 'me@x.org') },
  { weight: 1, arbitrary: words(2).map((text) => `<b>${text}</b>`) },
  { weight: 1, arbitrary: fc.constantFrom('<span title="a b">', '</span>', '<br>', '<!-- c -->') },
);
const inline = fc
  .array(fc.tuple(span, fc.constantFrom(' ', ' ', ' ', '\n', '  \n', '\\\n')), {
    minLength: 1,
    maxLength: 6,
  })
  .map((parts) =>
    parts
      .map(([text, gap]) => text + gap)
      .join('')
      .trimEnd(),
  );

// Blocks, each a string of whole lines without the final newline.
const leaf: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: inline },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 6 }), inline)
      .map(([level, text]) => `${'#'.repeat(level)} ${text.replace(/\s*\n\s*/g, ' ')}`),
  },
  { weight: 1, arbitrary: inline.map((text) => `${text}\n${'='.repeat(3)}`) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('```', '~~~~', '```js'), fc.array(words(8), { maxLength: 4 }))
      .map(([fence, lines]) => `${fence}\n${lines.join('\n')}\n${fence.replace(/[a-z]+$/, '')}`),
  },
  { weight: 1, arbitrary: words(6).map((text) => `    ${text}\n\t${text}`) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.array(span, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 3 }),
      )
      .map(([columns, rows]) => {
        const cells = (row: string[]) =>
          `| ${row
            .slice(0, columns)
            .map((cell) => cell.replace(/\|/g, '\\|'))
            .join(' | ')} |`;
        const header = cells(rows[0] ?? []);
        const rule = `|${' --- |'.repeat(columns)}`;
        return [header, rule, ...rows.slice(1).map(cells)].join('\n');
      }),
  },
  { weight: 1, arbitrary: fc.constantFrom('---', '***', '- - -') },
  { weight: 1, arbitrary: words(4).map((text) => `<div>\n${text}\n</div>`) },
  { weight: 1, arbitrary: fc.constantFrom('[ref]: http://x.org/ref "Title"', 'See [ref].') },
);

/** Prefixes every line of a block: the first with `first`, the rest with `rest`. */
function prefixLines(block: string, first: string, rest: string): string {
  return block
    .split('\n')
    .map((line, index) => (index === 0 ? first : rest) + line)
    .join('\n');
}

export const block: fc.Arbitrary<string> = fc.letrec<{ block: string }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: leaf },
    { weight: 1, arbitrary: tie('block').map((inner) => prefixLines(inner, '> ', '> ')) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom('- ', '* ', '1. ', '10) ', '- [ ] ', '- [x] '),
          fc.array(tie('block'), { minLength: 1, maxLength: 3 }),
          fc.boolean(),
        )
        .map(([marker, items, loose]) =>
          items
            .map((item) => prefixLines(item, marker, ' '.repeat(marker.length)))
            .join(loose ? '\n\n' : '\n'),
        ),
    },
  ),
})).block;

export const markdownBody = fc
  .tuple(
    fc.constantFrom('', '\n', '\n\n'),
    fc.array(fc.tuple(block, fc.constantFrom('\n\n', '\n', '\n\n\n')), { maxLength: 8 }),
  )
  .map(([leading, blocks]) => leading + blocks.map(([text, gap]) => text + gap).join(''));

/** Front matter: none, a title and notice (with escapes YAML turns into controls), or blocks that are no mapping. */
const frontMatter = fc.constantFrom(
  '',
  '',
  '---\ntitle: A title\nnotice: A notice\n---\n',
  '---\ntitle: "T \\e]0;pwned\\a \\e[2J"\nnotice: "N \\e]52;c;ZXZpbA==\\a \\u009b31m"\n---\n\n',
  '---\n---\n',
  '---\n- a list\n---\n',
);

/** A document: front matter, a body, and sometimes CRLF line ends. */
export const markdown = fc
  .tuple(frontMatter, markdownBody, fc.boolean())
  .map(([front, text, crlf]) => (crlf ? (front + text).replace(/\n/g, '\r\n') : front + text));
