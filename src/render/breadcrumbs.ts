import type { Section } from '../document/model.ts';
import { cleanText } from './spans.ts';
import type { Theme } from './theme.ts';
import { type Width, wrapText } from './wrap.ts';

/**
 * For each printed section, in order, the ancestors its breadcrumb names:
 * none for a top-level section or one whose parent was printed above it (its
 * heading already says where it stands), else all of them, from the top.
 */
export function breadcrumbTrails(
  sections: readonly Section[],
  printed: readonly Section[],
): Section[][] {
  const byNumber = new Map(sections.map((section) => [section.number, section]));
  const above = new Set<string>();
  return printed.map((section) => {
    const numbers = ancestorNumbers(section.number);
    const parent = numbers.at(-1);
    above.add(section.number);
    if (parent === undefined || above.has(parent)) return [];
    return numbers.flatMap((number) => byNumber.get(number) ?? []);
  });
}

/** "2.1.3" -> ["2", "2.1"]. */
function ancestorNumbers(number: string): string[] {
  const parts = number.split('.');
  return parts.slice(1).map((_, index) => parts.slice(0, index + 1).join('.'));
}

/** `2 Foo › 2.1 Bar ›`, quiet, wrapped to the width; empty for no ancestors. */
export function breadcrumbLine(trail: readonly Section[], theme: Theme, width: Width): string {
  if (trail.length === 0) return '';
  const steps = trail.map((section) => `${section.number} ${cleanText(section.title)} ›`);
  return theme.muted(wrapText(steps.join(' '), width));
}
