import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * A few KB of the Markdown real documents mix: headings of three levels,
 * paragraphs with emphasis, code spans, links and entities, bullet, ordered
 * and task lists, a quote, a table, fenced and indented code, a rule, HTML,
 * and text beyond ASCII (accents, CJK, an emoji). `n` makes headings differ.
 */
export function markdownSample(n: number): string {
  const paragraph =
    'The reader opens the **article** and follows its *sections* one by one, ' +
    'with `code spans`, [a link](https://example.com/page) and &amp; entities. ';
  const plain = 'Most of a document is words and nothing else, line after line, page after page. ';
  // A paragraph with text beyond ASCII takes article several times longer to wrap: one short one.
  const unicode = 'Naïve café text, 日本語の文章 and an emoji 😀 keep the widths honest.';
  return [
    `## Part ${n}: a section of the generated document`,
    plain.repeat(12),
    unicode,
    paragraph.repeat(2),
    `### Details of part ${n}`,
    '- first item with **bold** text\n- second item with a [link](https://example.com)\n  - nested item\n- [ ] a task\n- [x] a done task',
    '1. one\n2. two\n3. three',
    `> A quote with *emphasis* in part ${n},\n> on two lines.`,
    '| name | value | note |\n| --- | ---: | --- |\n| alpha | 1 | first row |\n| beta | 22 | second row, longer |\n| gamma | 333 | third |',
    "```js\nconst answer = 42;\nconsole.log('hello, world');\n```",
    '    indented code line\n    another one',
    '---',
    '<div>Some <em>HTML</em> block</div>',
    plain.repeat(16),
  ].join('\n\n');
}

/**
 * Writes a Markdown file of at least `bytes` bytes by repeating a block of
 * samples, without ever holding the whole file in memory. Returns its size.
 */
export function writeBigMarkdown(path: string, bytes: number): number {
  const block = `${Array.from({ length: 64 }, (_, index) => markdownSample(index + 1)).join('\n\n')}\n\n`;
  const blockBytes = Buffer.from(block);
  const fd = openSync(path, 'w');
  let written = 0;
  try {
    written += writeSync(fd, '# A big generated document\n\n');
    while (written < bytes) written += writeSync(fd, blockBytes);
  } finally {
    closeSync(fd);
  }
  return written;
}
