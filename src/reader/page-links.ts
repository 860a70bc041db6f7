import { escapeSequenceSource } from '../render/controls.ts';
import { digitZero, linkMarks } from '../render/link-marks.ts';
import { trimLineEnds } from '../render/wrap.ts';

/** Part of a link on one line of the page: columns of its plain text (`Page.plain`), end excluded. */
export interface LinkPiece {
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

/** A link on the page: where its text is and where it leads. */
export interface PageLink {
  /** Its place in `Page.links`, which are in reading order: top to bottom, left to right. */
  readonly index: number;
  /** The address as the document writes it (untrusted: shown only with its controls taken out). */
  readonly href: string;
  /** Its text as shown, one line. */
  readonly text: string;
  /** Its text on each line, in order; never empty. */
  readonly pieces: readonly LinkPiece[];
}

const escapeAt = new RegExp(escapeSequenceSource, 'y');
const isDigit = (char: string) => {
  const code = char.charCodeAt(0);
  return code >= digitZero && code < digitZero + 10;
};

/** A mark's link number and the pieces found for it so far. */
type Found = Map<number, LinkPiece[]>;

/**
 * The links the layout marked (render/link-marks.ts), with the marks taken
 * out of the lines: `targets` holds the address of each link number. Words
 * of one link a space apart on a line make one piece; a mark cut off (a
 * table cell's edge) ends its piece at the end of the line.
 */
export function takeLinkMarks(lines: string[], targets: readonly string[]): PageLink[] {
  const found: Found = new Map();
  const plain: string[] = [];
  lines.forEach((line, number) => {
    if (!line.includes(linkMarks.open) && !line.includes(linkMarks.close)) return;
    const { text, shown } = takeFromLine(line, number, found);
    lines[number] = text;
    plain[number] = shown;
  });
  const links = [...found]
    .map(([number, pieces]) => ({ number, pieces: pieces.filter((p) => p.end > p.start) }))
    .filter(({ number, pieces }) => pieces.length > 0 && targets[number] !== undefined)
    .sort((a, b) => compare(a.pieces[0] as LinkPiece, b.pieces[0] as LinkPiece));
  return links.map(({ number, pieces }, index) => ({
    index,
    href: targets[number] as string,
    text: pieces.map((piece) => (plain[piece.line] ?? '').slice(piece.start, piece.end)).join(' '),
    pieces,
  }));
}

function compare(a: LinkPiece, b: LinkPiece): number {
  return a.line - b.line || a.start - b.start;
}

/**
 * One line without its marks (`text`), its plain text (`shown`), the pieces
 * it holds added to `found`. A mark alone at the end of a line is a word
 * of no width, which keeps the spaces before it: they go, as printing
 * trims them.
 */
function takeFromLine(line: string, number: number, found: Found): { text: string; shown: string } {
  let text = '';
  let shown = '';
  let open: { link: number; start: number } | undefined;
  const pieces: [link: number, piece: LinkPiece][] = [];
  const close = () => {
    if (!open) return;
    pieces.push([open.link, { line: number, start: open.start, end: shown.length }]);
    open = undefined;
  };
  for (let at = 0; at < line.length; ) {
    escapeAt.lastIndex = at;
    const sequence = escapeAt.exec(line);
    if (sequence) {
      text += sequence[0];
      at += sequence[0].length;
      continue;
    }
    const char = line[at] as string;
    at += 1;
    if (char === linkMarks.open) {
      close();
      let digits = '';
      while (at < line.length && isDigit(line[at] as string)) {
        digits += String((line[at] as string).charCodeAt(0) - digitZero);
        at += 1;
      }
      open = { link: Number(digits), start: shown.length };
    } else if (char === linkMarks.close) close();
    else {
      text += char;
      shown += char;
    }
  }
  close();
  const trimmed = shown.trimEnd();
  for (const [link, piece] of pieces)
    addPiece(found, link, { ...piece, end: Math.min(piece.end, trimmed.length) });
  return { text: trimLineEnds(text), shown: trimmed };
}

/** Adds a piece, joined to the last one of its link when only a space is between them. */
function addPiece(found: Found, link: number, piece: LinkPiece): void {
  const pieces = found.get(link) ?? [];
  found.set(link, pieces);
  const last = pieces.at(-1);
  if (last && last.line === piece.line && piece.start - last.end <= 1 && piece.start >= last.end)
    pieces[pieces.length - 1] = { ...last, end: piece.end };
  else pieces.push(piece);
}
