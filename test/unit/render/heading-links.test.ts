import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/document/document.ts';
import { sectionsById } from '../../../src/document/section-links.ts';
import { linkedSection, sectionPlace } from '../../../src/render/heading-links.ts';

const { sections } = parseDocument({
  name: 'guide',
  text: [
    'Opening words.',
    '## Katherine Langford and Dylan Minnette talk about season two',
    '## Setup',
    '### Café',
    '## Setup',
    '## Supercalifragilisticexpialidociousnessandmoreandmoreandmore',
    '## 東京と大阪と京都と名古屋と横浜と神戸と札幌と福岡の地図',
    '## Bell \u0007 and escape \u001b[2J here',
  ].join('\n\n'),
});
const byId = sectionsById(sections);
const placeOf = (href: string) => {
  const section = linkedSection(href, byId);
  return section && sectionPlace(section);
};

describe('linkedSection', () => {
  it("finds the section a fragment names by the document's ids, a second heading of a title by its own", () => {
    expect(placeOf('#setup')).toBe('→ 3 Setup');
    expect(placeOf('#setup-1')).toBe('→ 4 Setup');
    expect(placeOf('#introduction')).toBe('→ 1 Introduction');
  });

  it('reads the fragment percent-decoded, with entities decoded, or lower-cased, as GitHub finds it', () => {
    expect(placeOf('#caf%C3%A9')).toBe('→ 3.1 Café');
    expect(placeOf('#café')).toBe('→ 3.1 Café');
    expect(placeOf('#caf&eacute;')).toBe('→ 3.1 Café');
    expect(placeOf('#Setup')).toBe('→ 3 Setup');
  });

  it('finds nothing for a fragment that names no section, a broken escape, or another address', () => {
    expect(placeOf('#no-such-heading')).toBeUndefined();
    expect(placeOf('#')).toBeUndefined();
    expect(placeOf('#50%')).toBeUndefined();
    expect(placeOf('https://example.com/#setup')).toBeUndefined();
    expect(placeOf('guide.md#setup')).toBeUndefined();
    expect(linkedSection('#setup', new Map())).toBeUndefined();
  });
});

describe('sectionPlace', () => {
  it('cuts a long title after its last whole word, within 40 cells', () => {
    const place = placeOf('#katherine-langford-and-dylan-minnette-talk-about-season-two');
    expect(place).toBe('→ 2 Katherine Langford and Dylan Minnette…');
  });

  it('cuts a word longer than the room, and wide characters, within 40 cells', () => {
    const long = sections.find((section) => section.title.startsWith('Super'));
    const wide = sections.find((section) => section.title.startsWith('東京'));
    if (!long || !wide) throw new Error('both sections expected');
    const longTitle = sectionPlace(long).slice('→ 5 '.length);
    expect(longTitle).toBe('Supercalifragilisticexpialidociousnessa…');
    expect(stringWidth(longTitle)).toBe(40);
    const wideTitle = sectionPlace(wide).slice('→ 6 '.length);
    expect(wideTitle.endsWith('…')).toBe(true);
    expect(stringWidth(wideTitle)).toBeLessThanOrEqual(40);
    expect(stringWidth(wideTitle)).toBeGreaterThanOrEqual(38);
  });

  it('shows control characters in a title, never sends them', () => {
    const bell = sections.at(-1);
    if (!bell) throw new Error('a section expected');
    const place = placeOf(`#${bell.id}`);
    expect(place).toBe('→ 7 Bell ^G and escape ^[[2J here');
    expect(place).not.toMatch(/[\u0000-\u001f]/);
  });
});
