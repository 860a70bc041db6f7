import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/document/document.ts';
import type { Section } from '../../../src/document/model.ts';
import { breadcrumbLine, breadcrumbTrails } from '../../../src/render/breadcrumbs.ts';
import { createTheme } from '../../../src/render/theme.ts';

const { sections } = parseDocument({
  name: 'nested.md',
  text: readFileSync(new URL('../../fixtures/nested.md', import.meta.url), 'utf8'),
});
const at = (...numbers: string[]): Section[] =>
  numbers.map((number) => {
    const found = sections.find((section) => section.number === number);
    if (!found) throw new Error(`no section ${number}`);
    return found;
  });
/** Each trail as the numbers it names. */
const trails = (...printed: string[]) =>
  breadcrumbTrails(sections, at(...printed)).map((trail) => trail.map((each) => each.number));
const plain = createTheme(false);

describe('breadcrumbTrails', () => {
  it('names every ancestor of a subsection printed without its parent, from the top', () => {
    expect(trails('2.1')).toEqual([['2']]);
    expect(trails('2.1.2')).toEqual([['2', '2.1']]);
  });

  it('gives none to a top-level section or a subsection whose parent was printed above it', () => {
    expect(trails('2', '2.1', '2.1.1', '2.1.2', '2.2')).toEqual([[], [], [], [], []]);
    expect(trails('3', '1')).toEqual([[], []]);
    // Above it anywhere, not only just above: 2.2 follows 2.1's subsections.
    expect(trails('2.1', '2.1.1', '2.2')).toEqual([['2'], [], ['2']]);
  });

  it('gives one to a subsection printed before its parent', () => {
    expect(trails('2.2', '2', '2.1', '2.2')).toEqual([['2'], [], [], []]);
  });
});

describe('breadcrumbLine', () => {
  it('says number and title of each ancestor, each followed by ›', () => {
    expect(breadcrumbLine(at('2', '2.1'), plain, 80)).toBe('2 Install › 2.1 Linux ›');
    expect(breadcrumbLine([], plain, 80)).toBe('');
  });

  it('is quiet with colour on, and wraps at the width', () => {
    const coloured = createTheme(true);
    expect(breadcrumbLine(at('2'), coloured, 80)).toBe(coloured.muted('2 Install ›'));
    expect(breadcrumbLine(at('2'), coloured, 80)).not.toBe('2 Install ›');
    expect(breadcrumbLine(at('2', '2.1'), plain, 14)).toBe('2 Install ›\n2.1 Linux ›');
  });

  it('shows the control characters of a title, never sends them', () => {
    const hostile = parseDocument({ name: 'x', text: '## Bad \u001b[31mred\n\n### Child\n\nx\n' });
    const [parent] = hostile.sections;
    if (!parent) throw new Error('a section expected');
    expect(breadcrumbLine([parent], plain, 80)).not.toContain('\u001b');
  });
});
