import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/document/document.ts';
import type { Document } from '../../../src/document/model.ts';
import { BrowsingReader, type OpenLink } from '../../../src/reader/browsing.ts';
import { layoutPage } from '../../../src/reader/page.ts';
import type { Size } from '../../../src/reader/reader.ts';
import { TextRenderer } from '../../../src/render/text.ts';
import { frameRows, key, keys, press, statusLine } from '../../helpers/reader-guide.ts';

const filler = Array.from({ length: 30 }, (_, line) => `Line ${line + 1}.`).join('\n\n');
const first = parseDocument({
  name: 'start',
  text: `# Start\n\nSee [usage](#usage), [other](other.md#b), [web](https://example.com/x) and [mail](mailto:a@b.c).\n\n## Filler\n\n${filler}\n\n## Usage\n\nUse it.\n\n${filler}\n`,
});
const other = parseDocument({
  name: 'other',
  text: `# Other\n\n## A\n\nText a.\n\n## B\n\nText b.\n\n${filler}\n`,
});

const layoutOf = (document: Document) => (size: Size) =>
  layoutPage(
    document,
    new TextRenderer({ width: size.columns, colour: false, linkMarks: true }),
    true,
  );

/** A reader on `first` with an opener that records what it was asked and opens `other`. */
function reader(answer: Document | string = other) {
  const asked: Parameters<OpenLink>[] = [];
  const open: OpenLink = async (...args) => {
    asked.push(args);
    return typeof answer === 'string'
      ? answer
      : { document: answer, location: '/n/other.md', name: 'other.md' };
  };
  const browsing = new BrowsingReader(
    first,
    layoutOf,
    { columns: 70, rows: 12 },
    undefined,
    undefined,
    {
      open,
      location: '/n/start.md',
      address: 'start.md',
    },
  );
  return { browsing, asked };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const shiftTab = { name: 'tab', sequence: '\u001b[Z', shift: true };

describe('the reader following links', () => {
  it('focuses links with Tab and Shift-Tab, naming where each leads', () => {
    const { browsing } = reader();
    press(browsing, keys.tab);
    expect(browsing.focused).toBe(0);
    expect(statusLine(browsing)).toContain('→ #usage · Enter follows');
    press(browsing, keys.tab, keys.tab, shiftTab);
    expect(browsing.focused).toBe(1);
    press(browsing, keys.escape);
    expect([browsing.focused, press(browsing, keys.escape)]).toEqual([undefined, 'quit']);
  });

  it('jumps to a heading with Enter, and Backspace comes back; Enter without focus scrolls', () => {
    const { browsing } = reader();
    press(browsing, keys.enter);
    expect(browsing.top).toBe(1);
    press(browsing, keys.tab, keys.enter);
    expect(first.sections[browsing.section]?.title).toBe('Usage');
    press(browsing, keys.backspace);
    expect(browsing.top).toBe(1);
    press(browsing, 'l');
    expect(first.sections[browsing.section]?.title).toBe('Usage');
  });

  it('opens a file through its opener, at its heading, then goes back to the first document', async () => {
    const { browsing, asked } = reader();
    press(browsing, key('F'), '2');
    expect(asked).toEqual([[{ kind: 'file', path: 'other.md', fragment: 'b' }, '/n/start.md']]);
    await settle();
    expect(browsing.document).toBe(other);
    expect(other.sections[browsing.section]?.title).toBe('B');
    expect(statusLine(browsing)).toMatch(/^ other\.md · Other │ 2 B/);
    expect(browsing.placeInFirst).toEqual({ section: null, words: 0 });
    press(browsing, 'm');
    expect(statusLine(browsing)).toContain('marks are kept in the first document');
    press(browsing, 'h');
    expect(browsing.document).toBe(first);
  });

  it('copies a link to the document shown: the first as given, another where its link led', async () => {
    const { browsing } = reader();
    expect(press(browsing, key('Y'))).toEqual({ copy: 'start.md' });
    press(browsing, key('F'), '2');
    await settle();
    expect(press(browsing, key('Y'))).toEqual({ copy: '/n/other.md#b' });
    press(browsing, 'h');
    press(browsing, keys.tab, keys.enter);
    expect(press(browsing, key('Y'))).toEqual({ copy: 'start.md#usage' });
  });

  it('asks before opening a web page: only y opens it', async () => {
    const { browsing, asked } = reader();
    press(browsing, key('F'), '3');
    expect(statusLine(browsing)).toMatch(
      /^ open https:\/\/example\.com\/x in the reader\? y\/n +$/,
    );
    press(browsing, 'n');
    expect(asked).toEqual([]);
    expect(statusLine(browsing)).toContain('not opened');
    press(browsing, key('F'), '3', 'y');
    expect(asked).toEqual([[{ kind: 'web', url: 'https://example.com/x' }, '/n/start.md']]);
  });

  it('refuses other schemes, and says why an opening failed', async () => {
    const { browsing } = reader('no file other.md');
    press(browsing, key('F'), '4');
    expect(statusLine(browsing)).toContain('not opened: mailto: links are not opened');
    press(browsing, key('F'), '2');
    await settle();
    expect(statusLine(browsing)).toContain('not opened: no file other.md');
    expect(browsing.document).toBe(first);
  });

  it('numbers the links on the screen with F, and Esc takes the numbers away', () => {
    const { browsing } = reader();
    press(browsing, key('F'));
    expect(frameRows(browsing).slice(3, 5).join(' ')).toMatch(
      /^See 1usage .* 2other .* 3web .* 4mail/,
    );
    press(browsing, keys.escape);
    expect(browsing.hints).toBeUndefined();
    expect(frameRows(browsing)[3]).toMatch(/^See usage/);
    press(browsing, key('F'), '9');
    expect(statusLine(browsing)).toContain('no link 9 on the screen');
  });
});
