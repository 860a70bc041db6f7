import stringWidth from 'string-width';

/**
 * Words of a reference text broken across rows where they had room to stay
 * whole: the acceptance check of "layout within the width". The words are
 * the reference's (split on white space); each is counted in the output
 * unwrapped and at the width, as the tokens (between white space and table
 * borders) that hold it within one row. Wrapping moves words and may repeat
 * table headers (records), but only a break inside a word makes a count
 * fall. Where one falls, every row break inside the word (a row's cell ends
 * with part of it and the same cell goes on with the rest on the next row)
 * must be one that no layout could avoid: the part before the break stood
 * first in its cell and the two parts together are wider than the room, or
 * the break is beside a Chinese or Japanese character.
 */
export function unexplainedBreaks(
  reference: string,
  unwrapped: string,
  wrapped: string,
  width: number,
): string[] {
  const before = tokenCounts(unwrapped);
  const after = tokenCounts(wrapped);
  const sites = breakSites(wrapped, width);
  const problems: string[] = [];
  const words = reference.split(/\s+/);
  // A row break inside a word: unwrapped, the parts on either side stand together, not apart.
  const cuts = sites.filter(
    ({ first, second, joined }) =>
      unwrapped.includes(joined) &&
      !new RegExp(`${regexpSource(first)}\\s+${regexpSource(second)}`).test(unwrapped),
  );
  for (const word of new Set(words)) {
    if (!/[\p{L}\p{N}]/u.test(word)) continue;
    const fewer = containing(before, word) - containing(after, word);
    if (fewer <= 0) continue;
    const across = cuts.filter((site) => straddles(site.first, site.second, word));
    const unexplained = across.filter(
      ({ first, second, startsCell, joined, room }) =>
        !besideWide(first, second) && !(startsCell && stringWidth(joined) > room),
    );
    if (across.length > 0 && unexplained.length === 0) continue;
    const shown = unexplained.map(
      (site) => `${JSON.stringify(`${site.row}⏎${site.next}`)} (room ${site.room})`,
    );
    problems.push(
      `${JSON.stringify(word)} whole ${fewer} times fewer, broken where it had room: ${shown.join(', ') || 'no row break inside it found'}`,
    );
  }
  return problems;
}

function regexpSource(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Chinese and Japanese lines break between characters (UAX #14), beside a wide one. */
function besideWide(first: string, second: string): boolean {
  const last = [...first].at(-1) ?? '';
  const next = [...second][0] ?? '';
  return stringWidth(last) === 2 || stringWidth(next) === 2;
}

/** Whether a break between the tokens `first` and `second` falls inside `word` (each part may hold more, or less, of it). */
function straddles(first: string, second: string, word: string): boolean {
  for (let at = 1; at < word.length; at++) {
    const start = word.slice(0, at);
    const end = word.slice(at);
    if (
      (first.endsWith(start) || start.endsWith(first)) &&
      (second.startsWith(end) || end.startsWith(second))
    )
      return true;
  }
  return false;
}

/** How many tokens hold each token text. */
function tokenCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of text.split('\n')) {
    for (const token of row.split(tokenBreak)) {
      if (token) counts.set(token, (counts.get(token) ?? 0) + 1);
    }
  }
  return counts;
}

/** How many tokens hold `word`. */
function containing(counts: Map<string, number>, word: string): number {
  let total = 0;
  for (const [token, count] of counts) if (token.includes(word)) total += count;
  return total;
}

/** White space, table borders and the continuation mark of code rows. */
const tokenBreak = /[\s│┌┬┐├┼┤└┴┘─↪]+/u;
/** What a row's content starts after: indents, bullets, quote bars, continuation marks (not numbers, which start code rows too). */
const rowLead = /^[\s•│↪☐☑]+/u;

interface BreakSite {
  readonly row: string;
  readonly next: string;
  /** The last token of the cell on this row, and the first of the same cell on the next. */
  readonly first: string;
  readonly second: string;
  readonly joined: string;
  /** Whether the first part was the first token of its cell's content. */
  readonly startsCell: boolean;
  /** Cells the word could have had: a table column the width, or the row's from where its content starts. */
  readonly room: number;
}

/**
 * Every place where a row's cell ends in a token and the same cell goes on
 * on the next row: cells between the same table borders, or (rows that do
 * not line up as a table, code that draws one with `│`, say) the row's end
 * and the next row's start.
 */
function breakSites(text: string, width: number): BreakSite[] {
  const rows = text.split('\n');
  const sites: BreakSite[] = [];
  for (let index = 0; index + 1 < rows.length; index++) {
    const row = rows[index] ?? '';
    const next = rows[index + 1] ?? '';
    const cells = row.split('│');
    const nextCells = next.split('│');
    const table = cells.length === nextCells.length && cells.length > 2;
    if (!table) {
      const site = breakSite(row, cells.length - 1, nextCells[0] ?? '', false, width);
      if (site) sites.push({ ...site, next });
      continue;
    }
    for (const column of cells.keys()) {
      const inside = column > 0 && column < cells.length - 1;
      const site = breakSite(row, column, nextCells[column] ?? '', inside, width);
      if (site) sites.push({ ...site, next });
    }
  }
  return sites;
}

/** The break between the `column`th cell of `row` (between `│`) and `following`, the text that goes on with it. */
function breakSite(
  row: string,
  column: number,
  following: string,
  inTable: boolean,
  width: number,
): Omit<BreakSite, 'next'> | undefined {
  const cells = row.split('│');
  const cell = cells[column] ?? '';
  const tokens = cell.replace(rowLead, '').split(tokenBreak).filter(Boolean);
  const first = tokens.at(-1);
  const second = following.replace(rowLead, '').split(tokenBreak).filter(Boolean)[0];
  if (!first || !second) return undefined;
  const lead = cells.slice(0, column).join('│').length + (column > 0 ? 1 : 0);
  const contentStart =
    stringWidth(row.slice(0, lead)) + stringWidth(cell.match(rowLead)?.[0] ?? '');
  return {
    row,
    first,
    second,
    joined: first + second,
    startsCell: tokens.length === 1,
    // A table's column could have had the whole width but its borders: records hold longer words.
    room: inTable ? width - 4 : width - contentStart,
  };
}
