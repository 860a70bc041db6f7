import { describe, expect, it } from 'vitest';
import { References, referenceMark, renderReferences } from '../../../src/render/references.ts';
import { createTheme } from '../../../src/render/theme.ts';

const plain = createTheme(false);

describe('References', () => {
  it('numbers through all it is given, and hands out what was added since the last take', () => {
    const references = new References();
    expect(references.take()).toEqual([]);
    expect(references.add('https://x.org/a')).toBe(1);
    expect(references.add('https://x.org/a')).toBe(2);
    expect(references.take()).toEqual([
      { number: 1, href: 'https://x.org/a' },
      { number: 2, href: 'https://x.org/a' },
    ]);
    expect(references.add('b.png')).toBe(3);
    expect(references.take()).toEqual([{ number: 3, href: 'b.png' }]);
    expect(references.take()).toEqual([]);
    expect(references.add('#end', '→ 2 The end')).toBe(4);
    expect(references.take()).toEqual([{ number: 4, href: '#end', place: '→ 2 The end' }]);
  });
});

describe('renderReferences', () => {
  const references = (list: Parameters<typeof renderReferences>[0], width: number) =>
    renderReferences(list, plain, width, false);

  it('is nothing for no references', () => {
    expect(renderReferences([], plain, 40, false)).toBe('');
  });

  it('lists each address after its number, numbers aligned at the right', () => {
    const list = renderReferences(
      [
        { number: 9, href: 'https://x.org/nine' },
        { number: 10, href: 'mailto:me@x.org' },
      ],
      plain,
      80,
      false,
    );
    expect(list).toBe(' [9] https://x.org/nine\n[10] mailto:me@x.org');
  });

  it('shows where a link to a section leads instead of its fragment, wrapped after the number', () => {
    const place = '→ 3 Katherine Langford and Dylan Minnette…';
    expect(references([{ number: 3, href: '#katherine', place }], 30)).toBe(
      '[3] → 3 Katherine Langford and\n    Dylan Minnette…',
    );
  });

  it('wraps an address with spaces after the number, and leaves a long one whole', () => {
    const long = `https://x.org/${'a'.repeat(40)}`;
    expect(renderReferences([{ number: 1, href: long }], plain, 20, false)).toBe(`[1] ${long}`);
    expect(renderReferences([{ number: 2, href: 'a b c d e f g h' }], plain, 12, false)).toBe(
      '[2] a b c d\n    e f g h',
    );
    // Wide characters count two cells.
    expect(renderReferences([{ number: 3, href: '東京 大阪 名古屋' }], plain, 14, false)).toBe(
      '[3] 東京 大阪\n    名古屋',
    );
  });

  it('shows the controls of an address, never sends them', () => {
    const list = renderReferences(
      [{ number: 1, href: 'https://x.org/\u001b[2J&#7;' }],
      plain,
      80,
      false,
    );
    expect(list).toBe('[1] https://x.org/^[[2J^G');
  });

  it('styles the number dim and the address as an address, clickable when asked and allowed', () => {
    const theme = createTheme(true);
    const href = 'https://x.org/a';
    const styled = renderReferences([{ number: 1, href }], theme, 80, false);
    expect(styled).toBe(`${referenceMark(1, theme)} ${theme.href(href)}`);
    expect(referenceMark(1, theme)).toBe(theme.muted('[1]'));
    const clickable = renderReferences([{ number: 1, href }], theme, 80, true);
    expect(clickable).toContain(`\u001b]8;;${href}\u001b\\`);
    const refused = renderReferences([{ number: 1, href: 'javascript:x()' }], theme, 80, true);
    expect(refused).not.toContain('\u001b]8');
  });
});
