import { distance } from 'fastest-levenshtein';
import type { Document, Section } from './document.ts';
import { ArticleError } from './errors.ts';

export class NoSuchSection extends ArticleError {}

/**
 * Finds the section a reference names: a number ("2", "2.1"), an id, or text
 * matched against titles, where an exact title beats a title that starts with
 * the text, which beats a title containing every word of it.
 */
export function findSection(document: Document, reference: string): Section {
  const { sections } = document;
  const wanted = normalise(reference);
  if (!wanted) throw new NoSuchSection(`no section '${reference}' (see 'article --list')`);
  const byNumber = sections.find((section) => section.number === wanted);
  if (byNumber) return byNumber;
  const byId = sections.find((section) => section.id === wanted);
  if (byId) return byId;

  const words = wanted.split(' ').filter(Boolean);
  const tiers = [
    (title: string) => title === wanted,
    (title: string) => title.startsWith(wanted),
    (title: string) => words.length > 0 && words.every((word) => title.includes(word)),
  ];
  for (const matches of tiers) {
    const found = sections.filter((section) => matches(normalise(section.title)));
    if (found.length === 1 && found[0]) return found[0];
    if (found.length > 1) {
      const names = found.map((section) => `${section.number} ${section.title}`).join('; ');
      throw new ArticleError(`'${reference}' matches several sections: ${names}`);
    }
  }
  throw new NoSuchSection(noSuchSectionMessage(sections, reference));
}

export function selectSections(document: Document, references: readonly string[]): Section[] {
  return references.map((reference) => findSection(document, reference));
}

function noSuchSectionMessage(sections: readonly Section[], reference: string): string {
  if (/^\d+(\.\d+)*$/.test(reference.trim())) {
    const top = sections.filter((section) => section.depth === 1).length;
    const range = top === 0 ? 'there are no sections' : `sections are numbered 1 to ${top}`;
    return `no section '${reference}' (${range}; see 'article --list')`;
  }
  const suggestions = closestSections(sections, reference).map(
    (section) => `${section.number} ${section.title}`,
  );
  const hint = suggestions.length > 0 ? `; did you mean: ${suggestions.join('; ')}?` : '';
  return `no section '${reference}'${hint} (see 'article --list')`;
}

/** Up to three sections whose title, id or a title word is a few edits away from the text. */
export function closestSections(sections: readonly Section[], reference: string): Section[] {
  const wanted = normalise(reference);
  const scored = sections.map((section) => {
    const title = normalise(section.title);
    const candidates = [title, section.id, ...title.split(' ')];
    const best = Math.min(...candidates.map((candidate) => distance(wanted, candidate)));
    return { section, best };
  });
  // About one typo in three letters, as commander allows for options.
  const allowed = Math.max(1, Math.floor(wanted.length / 3));
  return scored
    .filter(({ best }) => best <= allowed)
    .sort((a, b) => a.best - b.best)
    .slice(0, 3)
    .map(({ section }) => section);
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
