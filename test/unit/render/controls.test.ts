import { describe, expect, it } from 'vitest';
import {
  expandTabs,
  guardEscapes,
  showControls,
  showControlsInLine,
  stripEscapes,
} from '../../../src/render/controls.ts';

describe('showControls', () => {
  it('shows C0 in caret notation and DEL as ^?', () => {
    expect(showControls('a\u001b[31mb')).toBe('a^[[31mb');
    expect(showControls('bell\u0007 nul\u0000 cr\r bs\b')).toBe('bell^G nul^@ cr^M bs^H');
    expect(showControls('del\u007f')).toBe('del^?');
  });

  it('shows C1 and bidirectional overrides by their code point', () => {
    expect(showControls('csi\u009b2J')).toBe('csi<U+009B>2J');
    expect(showControls('\u202eevil\u202c \u2066x\u2069')).toBe(
      '<U+202E>evil<U+202C> <U+2066>x<U+2069>',
    );
  });

  it('keeps tab, newline and other characters as they are', () => {
    expect(showControls('a\tb\nc é 東京 👍\u00ad')).toBe('a\tb\nc é 東京 👍\u00ad');
  });
});

describe('showControlsInLine', () => {
  it('shows newline and tab as well, for a one-line message', () => {
    expect(showControlsInLine('my\nfile\t\u001b.md')).toBe('my^Jfile^I^[.md');
  });
});

describe('stripEscapes', () => {
  it('removes SGR and OSC 8 hyperlinks ended by ST or BEL, nothing else', () => {
    expect(
      stripEscapes(
        '\u001b[1;31mred\u001b[0m \u001b]8;;https://x.org/\u001b\\link\u001b]8;;\u001b\\ \u001b]8;;a\u0007b\u001b]8;;\u0007',
      ),
    ).toBe('red link b');
    expect(stripEscapes('\u001b[2Jclear')).toBe('\u001b[2Jclear');
  });
});

describe('guardEscapes', () => {
  it('lets SGR and hyperlinks through and shows any other ESC', () => {
    expect(guardEscapes('\u001b[1mbold\u001b[22m \u001b]8;;u\u001b\\l\u001b]8;;\u001b\\')).toBe(
      '\u001b[1mbold\u001b[22m \u001b]8;;u\u001b\\l\u001b]8;;\u001b\\',
    );
    expect(guardEscapes('\u001b[2J\u001b]0;title\u0007')).toBe('^[[2J^[]0;title\u0007');
  });
});

describe('expandTabs', () => {
  it('expands to stops of four, counted from the start of each line', () => {
    expect(expandTabs('\tx\nab\tc\nabcd\te')).toBe('    x\nab  c\nabcd    e');
    expect(expandTabs('none')).toBe('none');
  });
});
