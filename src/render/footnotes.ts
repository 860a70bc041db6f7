import type { Token } from 'marked';
import type { SectionFootnote } from '../document/model.ts';
import {
  type FootnoteDefinition,
  type FootnoteDefinitions,
  footnoteKey,
} from '../markdown/footnotes.ts';
import type { Theme } from './theme.ts';
import { hang, type Width } from './wrap.ts';

/** A note to print: its number and its definition. */
export interface Note {
  readonly number: number;
  readonly definition: FootnoteDefinition;
}

/** The narrowest text a note's number may leave beside it; narrower, the number has a line of its own. */
const narrowest = 8;
/** The rule above a section's notes: short, as under a printed page's text. */
const ruleWidth = 16;

/**
 * The footnotes of one printed output: the document's definitions, each
 * note's number, and the notes referred to since the last list (they print
 * at the end of the section). A section printed on its own is given its
 * numbers in the whole document (Section.footnotes); the whole document
 * printed as it is read numbers them in order of first use as references
 * are laid out, which is the same order. References inside a note take no
 * new number, so that the notes a section prints are the ones its text
 * refers to, whichever way it is printed.
 */
export class Footnotes {
  private definitions: FootnoteDefinitions = {};
  private readonly numbers = new Map<string, number>();
  private readonly pending = new Map<string, number>();
  private inNotes = false;

  /** A document's notes, with the numbers of a section, or none yet to count from 1. */
  read(definitions: FootnoteDefinitions, numbered: readonly SectionFootnote[] = []): void {
    this.definitions = definitions;
    this.numbers.clear();
    this.pending.clear();
    for (const { key, number } of numbered) this.numbers.set(key, number);
  }

  /** The number of the note a reference names; undefined where nothing defines it (it stays as written). */
  refer(label: string): number | undefined {
    const key = footnoteKey(label);
    if (!Object.hasOwn(this.definitions, key)) return undefined;
    let number = this.numbers.get(key);
    if (this.inNotes) return number;
    if (number === undefined) {
      number = this.numbers.size + 1;
      this.numbers.set(key, number);
    }
    this.pending.set(key, number);
    return number;
  }

  /** The notes referred to since the last call, by number. */
  take(): Note[] {
    const notes: Note[] = [];
    for (const [key, number] of this.pending) {
      const definition = this.definitions[key];
      if (definition) notes.push({ number, definition });
    }
    this.pending.clear();
    return notes.sort((a, b) => a.number - b.number);
  }

  /** Lays out notes with references inside them taking no new number. */
  layingOutNotes<Result>(layOut: () => Result): Result {
    this.inNotes = true;
    try {
      return layOut();
    } finally {
      this.inNotes = false;
    }
  }
}

/** A reference's marker: `[1]`, plain and in colour alike, so that both lay out the same. */
export function footnoteMark(number: number, theme: Theme): string {
  return theme.link(`[${number}]`);
}

/**
 * A section's notes under a short rule, each with its number and its blocks
 * (laid out by `layOut`) hanging after it. Empty for no notes.
 */
export function renderNotes(
  notes: readonly Note[],
  layOut: (tokens: readonly Token[], width: Width) => string,
  theme: Theme,
  width: Width,
): string {
  const last = notes.at(-1);
  if (!last) return '';
  // Numbers go up: the last is the widest; the others are right-aligned to it.
  const column = `[${last.number}] `.length;
  const rule = theme.rule('─'.repeat(Math.min(ruleWidth, width)));
  const listed = notes.map(({ number, definition }) => {
    const label = `${' '.repeat(column - `[${number}] `.length)}${footnoteMark(number, theme)} `;
    if (width - column < narrowest)
      return `${label.trimEnd()}\n${layOut(definition.tokens, width)}`;
    const text = layOut(definition.tokens, width - column);
    return hang(text, label, ' '.repeat(column));
  });
  return [rule, ...listed].join('\n');
}
