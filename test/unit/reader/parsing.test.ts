import { describe, expect, it } from 'vitest';
import { openDocument } from '../../../src/document/document.ts';
import type { Document } from '../../../src/document/model.ts';
import { DocumentParse } from '../../../src/document/parse-steps.ts';
import { BrowsingReader } from '../../../src/reader/browsing.ts';
import { GrowingPage } from '../../../src/reader/page.ts';
import { ParsingInIdleTurns } from '../../../src/reader/parsing.ts';
import type { Size } from '../../../src/reader/reader.ts';
import { TextRenderer } from '../../../src/render/text.ts';
import { key as keyOf, press, statusLine } from '../../helpers/reader-guide.ts';

// An Introduction and forty sections of a few paragraphs, parsed a block at a time.
const parts = Array.from(
  { length: 40 },
  (_, part) =>
    `## Part ${part + 1}\n\n${Array.from({ length: 6 }, (_, line) => `Text ${part + 1}.${line + 1}.`).join('\n\n')}`,
);
const text = `# Book\n\nSee [the last](#part-40).\n\n${parts.join('\n\n')}\n`;

function opened() {
  const document = openDocument({ name: 'book', text });
  const blocks = {
    ...document.blocks,
    batches: (body: typeof document) => {
      const all = [...document.blocks.batches(body)].flat();
      // A batch per block: the reader's first document has a few sections only.
      return all.map((token) => [token]);
    },
  };
  return { ...document, blocks };
}

const layoutOf = (document: Document) => (size: Size) =>
  new GrowingPage(document, new TextRenderer({ width: size.columns, colour: false }), true);

/** A reader on the first sections, the parse of the rest to go on as the terminal would drive it. */
function reader(steps = 80) {
  const parse = new DocumentParse(opened());
  for (let step = 0; step < steps; step++) parse.step();
  const first = parse.document();
  const browsing = new BrowsingReader(first, layoutOf, { columns: 60, rows: 10 });
  return { browsing, parse, parsing: new ParsingInIdleTurns(parse, browsing, layoutOf) };
}

/** A key as the terminal gives it: the parse first finished if the key needs the whole document. */
function key(parsing: ParsingInIdleTurns, browsing: BrowsingReader, name: string) {
  const pressed = keyOf(name);
  parsing.beforeKey(pressed);
  press(browsing, pressed);
}

describe('the reader on a document still being parsed', () => {
  it('shows the first sections, the count of sections unknown and no time left', () => {
    const { browsing, parse } = reader();
    expect(parse.done).toBe(false);
    expect(browsing.document.sections.length).toBeLessThan(41);
    expect(statusLine(browsing)).toMatch(/§1\/\? · ~\d+%/);
    expect(statusLine(browsing)).not.toContain('min left');
  });

  it('never lays out past the sections parsed, nor the notice, nor calls itself complete', () => {
    const { browsing } = reader();
    const page = layoutOf(browsing.document)({ columns: 60, rows: 10 });
    while (page.growOne());
    expect(page.complete).toBe(false);
    expect(page.starts.length).toBe(browsing.document.sections.length);
    expect(page.estimatedLines).toBeGreaterThan(page.lines.length);
  });

  it('is given the whole document after idle turns, in place, with the full count', () => {
    const { browsing, parsing } = reader();
    key(parsing, browsing, 'j');
    const top = browsing.top;
    let given = false;
    for (let turn = 0; turn < 1000 && !given; turn++) given = parsing.stepFor(1);
    expect(given).toBe(true);
    expect(parsing.done).toBe(true);
    expect(browsing.document.unfinished).toBeUndefined();
    expect(browsing.document.sections).toHaveLength(41);
    expect(browsing.top).toBe(top);
    expect(browsing.note).toBe('');
    expect(statusLine(browsing)).toMatch(/§1\/41/);
  });

  it('finishes the parse for G, t and a search, which need the whole', () => {
    for (const name of ['G', 't', '/']) {
      const { browsing, parsing } = reader();
      key(parsing, browsing, name);
      expect(parsing.done, name).toBe(true);
    }
    const { browsing, parsing } = reader();
    key(parsing, browsing, 'G');
    expect(browsing.section).toBe(40);
    expect(statusLine(browsing)).toMatch(/§41\/41/);
  });

  it('parses on for ] and a section number only as far as the section they go to', () => {
    const { browsing, parsing } = reader(10);
    const known = browsing.document.sections.length;
    expect(known).toBeLessThan(8);
    key(parsing, browsing, '9');
    expect(parsing.done).toBe(false);
    expect(browsing.document.sections[browsing.section]?.title).toBe('Part 8');
    expect(browsing.document.sections.length).toBeLessThan(41);
    for (let press = 0; press < 6; press++) key(parsing, browsing, ']');
    expect(parsing.done).toBe(false);
    expect(browsing.document.sections[browsing.section]?.title).toBe('Part 14');
    expect(statusLine(browsing)).toMatch(/§15\/\?/);
  });

  it('goes to the last section with ] once the parse is whole', () => {
    const { browsing, parsing } = reader(10);
    for (let press = 0; press < 45; press++) key(parsing, browsing, ']');
    expect(parsing.done).toBe(true);
    expect(browsing.document.sections[browsing.section]?.title).toBe('Part 40');
  });

  it('finishes it when reading on near the end of what is parsed, not before', () => {
    const { browsing, parsing } = reader();
    key(parsing, browsing, 'j');
    expect(parsing.done).toBe(false);
    for (let page = 0; page < 30 && !parsing.done; page++) key(parsing, browsing, ' ');
    expect(parsing.done).toBe(true);
  });
});
