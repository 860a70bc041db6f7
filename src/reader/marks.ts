import { isMarkLetter, type Place } from '../output/history.ts';
import type { Navigator } from './place.ts';

/** The key typed before a mark's letter: m sets the mark, ' goes to it (as in less and vi). */
export type MarkKey = 'm' | "'";

const prompts: Record<MarkKey, string> = {
  m: 'mark: type a letter',
  "'": 'go to mark: type a letter',
};

/**
 * The marks set in one document, by letter, as places (place.ts): like the
 * place left, they land at the same words at any width, and are kept with it.
 */
export class Marks {
  private readonly places = new Map<string, Place>();
  /** m or ' typed: the next key is a mark's letter. */
  private expected: MarkKey | undefined;

  constructor(stored: Readonly<Record<string, Place>> = {}) {
    for (const [letter, place] of Object.entries(stored))
      if (isMarkLetter(letter)) this.places.set(letter, place);
  }

  get waiting(): boolean {
    return this.expected !== undefined;
  }

  /** m or ' typed: waits for the letter; returns the prompt to show. */
  expect(key: MarkKey): string {
    this.expected = key;
    return prompts[key];
  }

  /**
   * The letter typed after m or ': sets the mark at the reader's place, or
   * goes to it. Returns the note to show; a key that is no letter (Esc) cancels.
   */
  letter(letter: string | undefined, reader: Navigator): string {
    const key = this.expected;
    this.expected = undefined;
    if (letter === undefined || !isMarkLetter(letter)) return '';
    if (key === 'm') {
      this.places.set(letter, reader.place);
      return `mark ${letter} set · '${letter} comes back here`;
    }
    const place = this.places.get(letter);
    if (!place) return `no mark ${letter}: m${letter} sets one`;
    return reader.goTo(place) ? `mark ${letter}` : `mark ${letter}: its section is gone`;
  }

  /** The marks as the history keeps them. */
  toRecord(): Record<string, Place> {
    return Object.fromEntries([...this.places].sort(([a], [b]) => (a < b ? -1 : 1)));
  }
}
