import { distance } from 'fastest-levenshtein';
import type { Section } from '../document/model.ts';
import { normalise, titleWords } from './title-words.ts';

/**
 * Up to three sections a reference that matched nothing may have meant, best
 * first: the title or id a few edits away ("introdution"), an id it begins
 * ("katherine-langford"), the start of an id a few edits away ("seasn-2",
 * "katherine-langfrod"), or a title holding a word close to each of its
 * words ("dylan minette", "backlsh season"). About one typo in three letters,
 * as commander allows for options; words of one or two letters must be exact.
 */
export function closestSections(sections: readonly Section[], reference: string): Section[] {
  const wanted = normalise(reference);
  const words = titleWords(wanted);
  const scored = sections.flatMap((section, order) => {
    const score = scoreOf(section, wanted, words);
    return score === undefined ? [] : [{ section, score, order }];
  });
  return scored
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, 3)
    .map(({ section }) => section);
}

/**
 * Edits away from the reference, lower for closer, or undefined when too far:
 * the start of its id is closest, then the title or id with that many typos,
 * then the start of its id with that many (a quarter of an edit behind), then
 * a title with words that many typos away (half an edit behind).
 */
function scoreOf(section: Section, wanted: string, words: readonly string[]): number | undefined {
  const asId = wanted.replace(/ /g, '-');
  if (wanted.length >= 3 && section.id.startsWith(asId)) return 0;
  const title = normalise(section.title);
  const whole = Math.min(distance(wanted, title), distance(wanted, section.id));
  if (whole <= Math.max(1, typos(wanted))) return whole;
  const start = idStartDistance(section.id, asId);
  if (wanted.length >= 3 && start <= typos(wanted)) return start + 0.25;
  const inTitle = titleWords(title);
  if (words.length === 0 || inTitle.length === 0) return undefined;
  let total = 0;
  for (const word of words) {
    const best = Math.min(...inTitle.map((titleWord) => distance(word, titleWord)));
    if (best > typos(word)) return undefined;
    total += best;
  }
  return total + 0.5;
}

/**
 * Edits from a reference written as an id to the closest start of the id
 * that ends where one of its words does: "seasn-2" is one edit from
 * "season-2", the start of "season-2-will-not-be-affected-by-backlash".
 */
function idStartDistance(id: string, reference: string): number {
  const parts = id.split('-');
  let best = Infinity;
  for (let count = 1; count <= parts.length; count++) {
    best = Math.min(best, distance(reference, parts.slice(0, count).join('-')));
  }
  return best;
}

function typos(text: string): number {
  return Math.floor(text.length / 3);
}
