import { describe, expect, it } from 'vitest';
import {
  createTheme,
  palettes,
  readerLooks,
  readerMarks,
  type ThemeName,
  xtermRgb,
} from '../../../src/render/theme.ts';

/** WCAG 2 relative luminance and contrast ratio. */
function luminance([r, g, b]: readonly number[]): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r ?? 0) + 0.7152 * channel(g ?? 0) + 0.0722 * channel(b ?? 0);
}

function contrast(a: readonly number[], b: readonly number[]): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const hex = (colour: string) =>
  [1, 3, 5].map((at) => Number.parseInt(colour.slice(at, at + 2), 16));

describe('themes', () => {
  for (const name of Object.keys(palettes) as ThemeName[]) {
    const { background, looks } = palettes[name];
    for (const [role, look] of Object.entries(looks)) {
      if (look.colour === undefined) continue;
      it(`${name}: ${role} (colour ${look.colour}) meets WCAG AA against ${background}`, () => {
        expect(contrast(xtermRgb(look.colour as number), hex(background))).toBeGreaterThanOrEqual(
          4.5,
        );
      });
    }
  }

  it('knows xterm colours', () => {
    expect(xtermRgb(16)).toEqual([0, 0, 0]);
    expect(xtermRgb(231)).toEqual([255, 255, 255]);
    expect(xtermRgb(25)).toEqual([0, 95, 175]);
    expect(xtermRgb(244)).toEqual([128, 128, 128]);
  });

  it('draws with 256-colour codes when colour is on, and nothing when off', () => {
    expect(createTheme(true, 'light').heading('x')).toBe(
      '\u001b[38;5;25m\u001b[1mx\u001b[22m\u001b[39m',
    );
    expect(createTheme(false, 'light').heading('x')).toBe('x');
  });

  it("draws the reader's marks with attributes only, which show with colour off too", () => {
    for (const look of Object.values(readerLooks)) expect(look).not.toHaveProperty('colour');
    expect(readerMarks().match('zebra')).toBe('\u001b[7mzebra\u001b[27m');
    expect(readerMarks().currentMatch('zebra')).toBe('\u001b[4m\u001b[7mzebra\u001b[27m\u001b[24m');
    expect(readerMarks().status(' Title ')).toBe('\u001b[7m Title \u001b[27m');
  });
});
