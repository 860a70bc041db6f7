// Writes a deterministic Markdown document of about `bytes` bytes: headings,
// paragraphs with inline markup, lists, quotes, tables and code, as real
// documents mix them. The same size always gives the same bytes.
import { realpathSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const vocabulary = (
  'the reader section terminal season story words width colour render stream pipe heading ' +
  'paragraph list quote table code line screen article markdown token parser lexer output ' +
  'a of to in and is that for on with as by it at from this be are was'
).split(' ');

export function generateMarkdown(bytes, seed = 42) {
  const next = random(seed);
  const pick = (items) => items[Math.floor(next() * items.length)];
  const words = (count) => Array.from({ length: count }, () => pick(vocabulary)).join(' ');
  const sentence = () => {
    const parts = words(6 + Math.floor(next() * 14)).split(' ');
    const at = Math.floor(next() * parts.length);
    const markup = pick(['**', '*', '`', '[', '']);
    if (markup === '[') parts[at] = `[${parts[at]}](https://example.com/${parts[at]})`;
    else parts[at] = `${markup}${parts[at]}${markup}`;
    return `${parts.join(' ')}.`;
  };
  const blocks = {
    paragraph: () => Array.from({ length: 2 + Math.floor(next() * 5) }, sentence).join(' '),
    list: () =>
      Array.from({ length: 3 + Math.floor(next() * 4) }, () => `- ${sentence()}`).join('\n'),
    ordered: () => Array.from({ length: 3 }, (_, i) => `${i + 1}. ${sentence()}`).join('\n'),
    quote: () => `> ${sentence()}\n> ${sentence()}`,
    table: () =>
      `| name | value | note |\n|---|---:|---|\n${Array.from({ length: 4 }, () => `| ${words(1)} | ${Math.floor(next() * 1000)} | ${words(4)} |`).join('\n')}`,
    code: () =>
      `\`\`\`js\n${Array.from({ length: 4 }, () => `const ${pick(vocabulary)} = '${words(3)}';`).join('\n')}\n\`\`\``,
  };
  const kinds = [
    'paragraph',
    'paragraph',
    'paragraph',
    'list',
    'ordered',
    'quote',
    'table',
    'code',
  ];
  const heading = (section) =>
    next() < 0.2 && section > 1 ? `### ${words(3)}` : `## Section ${section}: ${words(4)}`;
  return sectionsOf(bytes, '# Generated document', heading, () => blocks[pick(kinds)]());
}

/**
 * A document of `bytes` or a little more: the title, then sections of a
 * heading (`heading(n)`) and six blocks (`block()`), as both generators
 * write them.
 */
export function sectionsOf(bytes, title, heading, block) {
  const out = [`${title}\n`];
  let size = Buffer.byteLength(out[0]);
  let section = 0;
  while (size < bytes) {
    section++;
    const parts = [heading(section)];
    for (let i = 0; i < 6; i++) parts.push(block());
    const text = `\n${parts.join('\n\n')}\n`;
    out.push(text);
    size += Buffer.byteLength(text);
  }
  return out.join('');
}

// Only as a command, not when imported (run.mjs imports generateMarkdown).
const isMain = process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain && process.argv[2]) {
  writeFileSync(process.argv[2], generateMarkdown(Number(process.argv[3] ?? 1e6)));
}
