import { cleanText } from '../render/spans.ts';
import { readerMarks } from '../render/theme.ts';
import { cellWidth, truncate } from '../render/wrap.ts';
import { drawLinks, linksOnLine } from './link-draw.ts';
import { statusText } from './link-targets.ts';
import type { PageLink } from './page-links.ts';
import { progressTexts } from './progress.ts';
import type { Reader } from './reader.ts';

/** What a reader that follows links (browsing.ts) adds to the frame. */
interface LinkState {
  readonly focused: number | undefined;
  /** The digits typed while hints show; undefined when they do not. */
  readonly hints: string | undefined;
  readonly linksOnScreen: PageLink[];
  /** The web address waiting for `y`. */
  readonly confirming: string | undefined;
  /** The document shown, when it is not the first. */
  readonly documentName: string | undefined;
}

type Drawn = Reader & Partial<LinkState>;

const reset = '\u001b[0m';

/** The reader's keys and what they do: the help screen and the man page. */
export const readerKeys = [
  ['j k ↓ ↑ Enter', 'a line down or up (Enter on a ▸ line at the top: o)'],
  ['Space f PgDn, b PgUp', 'a page down or up'],
  ['d u', 'half a page down or up'],
  ['g Home, G End', 'the start or the end'],
  ['] [', 'the next or the previous section'],
  ['1 … 9', 'that top-level section'],
  ['t', 'the table of contents (Enter jumps, Esc closes)'],
  ['Tab Shift-Tab', 'focus the next or previous link; Enter follows it'],
  ['F 1 … 9', 'number the links on the screen; type a number to follow one'],
  ['Backspace h, l', 'back or forward to the place left'],
  ['/ text Enter', 'search; n N the next or previous match; Esc clears'],
  ['o', 'open or close the first ▸ ▾ block on the screen'],
  ['m a … z', 'mark the place with a letter (kept with the place left)'],
  ["' a … z", 'go back to the place marked with that letter'],
  ['y Y', "copy the section's Markdown, or a link to it (path#id)"],
  ['?', 'these keys'],
  ['q Esc Ctrl-C', 'quit'],
] as const;

/**
 * The whole screen for the reader's state, as one string to write: the rows
 * of text (or the contents, or the keys), then the status line. Only the
 * visible rows are drawn, so a frame costs the same for any document size.
 */
export function drawFrame(reader: Drawn): string {
  const { columns } = reader.size;
  const rows =
    reader.mode === 'contents'
      ? contentsRows(reader)
      : reader.mode === 'help'
        ? helpRows(reader)
        : textRows(reader);
  // Never more rows than the screen has room for above the status line, however small it is.
  const body = rows
    .slice(0, reader.height)
    .map((row) => `${truncate(row, columns)}${reset}\u001b[K`)
    .join('\r\n');
  return `\u001b[H${body}\r\n${statusLine(reader)}`;
}

function textRows(reader: Drawn): string[] {
  const focused = reader.page.links.find((link) => link.index === reader.focused);
  const hinted = reader.hints === undefined ? undefined : reader.linksOnScreen;
  return matchRows(reader).map((row, offset) =>
    drawLinks(row, linksOnLine(reader.top + offset, reader.top, focused, hinted)),
  );
}

function matchRows(reader: Reader): string[] {
  const rows: string[] = [];
  for (let line = reader.top; line < reader.top + reader.height; line++) {
    const spans = reader.matchSpansOn(line);
    if (spans.length === 0) {
      rows.push(reader.page.lines[line] ?? '');
      continue;
    }
    // A line with matches is drawn plain, so that the highlight is exact.
    const plain = reader.page.plain[line] ?? '';
    const marks = readerMarks();
    let text = '';
    let at = 0;
    for (const span of spans) {
      const found = plain.slice(span.start, span.end);
      const mark = span.index === reader.current ? marks.currentMatch : marks.match;
      text += plain.slice(at, span.start) + mark(found);
      at = span.end;
    }
    rows.push(text + plain.slice(at));
  }
  return rows;
}

function contentsRows(reader: Reader): string[] {
  const { sections } = reader.document;
  const height = reader.height - 2;
  const first = Math.max(
    0,
    Math.min(reader.cursor - Math.floor(height / 2), sections.length - height),
  );
  const entries = sections.slice(first, first + height).map((section, offset) => {
    const entry = `${'  '.repeat(section.depth)}${section.number}  ${cleanText(section.title)}`;
    return first + offset === reader.cursor ? readerMarks().chosen(entry) : entry;
  });
  return ['Contents — ↑ ↓ to choose, Enter to jump, Esc to close', '', ...entries].concat(
    Array(Math.max(0, reader.height - 2 - entries.length)).fill(''),
  );
}

function helpRows(reader: Reader): string[] {
  const widest = Math.max(...readerKeys.map(([key]) => cellWidth(key)));
  const lines = [
    'Keys — press any key to go back',
    '',
    ...readerKeys.map(([key, what]) => `  ${key.padEnd(widest)}  ${what}`),
  ];
  return lines
    .concat(Array(Math.max(0, reader.height - lines.length)).fill(''))
    .slice(0, reader.height);
}

function statusLine(reader: Drawn): string {
  const { columns } = reader.size;
  if (reader.mode === 'search') return `${truncate(`/${reader.input}`, columns)}\u001b[K`;
  if (reader.confirming !== undefined) {
    // The question has the line to itself, so that its y/n always shows.
    const url = statusText(reader.confirming, Math.max(10, columns - 28));
    return readerMarks().status(
      truncate(` open ${url} in the reader? y/n`.padEnd(columns), columns),
    );
  }
  const section = reader.document.sections[reader.section];
  const where = section ? `${section.number} ${cleanText(section.title)}` : '';
  const title = documentTitle(reader);
  // The progress gives way to the title and the section, down to the percent alone.
  const wanted = Math.min(leftRoom, cellWidth(title) + cellWidth(where) + separator.length + 1);
  const right = rightSide(reader, wanted);
  const room = Math.max(0, columns - cellWidth(right) - 1);
  // No room for a word of either: a cut note fills the line.
  const left = room < shortest ? '' : ` ${titleAndPlace(title, where, room)}`;
  const gap = ' '.repeat(Math.max(0, columns - cellWidth(left) - cellWidth(right)));
  return readerMarks().status(truncate(left + gap + right, columns));
}

/** The document's title; a document a link opened is named too, by its file or address. */
function documentTitle(reader: Drawn): string {
  const title = cleanText(reader.document.title);
  const name = reader.documentName && statusText(reader.documentName, 30);
  return !name || name === title ? title : `${name} · ${title}`;
}

/**
 * The note, the match, the progress and `? help`, in the longest form that
 * leaves the title and section `wanted` cells. A note too long for the line
 * is cut, so that the progress and the help always show.
 */
function rightSide(reader: Reader, wanted: number): string {
  const { columns } = reader.size;
  const matchInfo =
    reader.matches.length > 0
      ? `match ${reader.current + 1}/${reader.matches.length}${reader.complete ? '' : '+'} │ `
      : '';
  const { top, height, section, complete, estimatedLines, document } = reader;
  const unfinished = document.unfinished !== undefined;
  const view = { top, height, section, complete, estimatedLines, unfinished };
  const tails = progressTexts(document.sections, reader.page, view).map(
    (progress) => `${matchInfo}${progress} │ ? help `,
  );
  const withNote = (tail: string) => ` ${reader.note ? `${reader.note} │ ` : ''}${tail}`;
  const fitting = tails.find((tail) => columns - cellWidth(withNote(tail)) - 1 >= wanted);
  if (fitting || !reader.note) return withNote(fitting ?? (tails.at(-1) as string));
  // The note is cut: the time left stays too when that leaves the note most of a line.
  const noteRoom = (tail: string) => columns - cellWidth(tail) - separator.length - 1;
  const tail = tails.find((text) => noteRoom(text) >= leftRoom) ?? (tails.at(-1) as string);
  if (noteRoom(tail) < shortest) return ` ${tail}`;
  return ` ${shorten(reader.note, noteRoom(tail))}${separator}${tail}`;
}

const separator = ' │ ';
/** The cells the title and the section keep before the progress gives way. */
const leftRoom = 40;
/** The fewest cells a shortened title or section keeps: a word or two and the ellipsis. */
const shortest = 8;

/**
 * The title and the section, in `room` cells. When both do not fit, each is
 * shortened with an ellipsis: the section is kept whole when that leaves the
 * title a few cells, else the title gets a quarter of the room and the
 * section the rest; on a line too short for both, the section alone.
 */
function titleAndPlace(title: string, place: string, room: number): string {
  if (!place) return shorten(title, room);
  const titleWidth = cellWidth(title);
  const placeWidth = cellWidth(place);
  const free = room - separator.length;
  if (titleWidth + placeWidth <= free) return `${title}${separator}${place}`;
  const titleRoom =
    free - placeWidth >= shortest
      ? free - placeWidth
      : Math.min(titleWidth, Math.max(shortest, Math.floor(room / 4)));
  if (free - titleRoom < shortest) return shorten(place, room);
  return `${shorten(title, titleRoom)}${separator}${shorten(place, free - titleRoom)}`;
}

/** Text cut to the width with an ellipsis, which follows the last word rather than a space. */
function shorten(text: string, width: number): string {
  return truncate(text, width).replace(/\s+…$/, '…');
}
