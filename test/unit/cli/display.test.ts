import { describe, expect, it } from 'vitest';
import { decideColour, decideWidth, display, parseWidth } from '../../../src/cli/display.ts';
import { UsageError } from '../../../src/errors.ts';
import type { Io } from '../../../src/io.ts';

describe('decideColour', () => {
  it('follows the flags over the environment and the terminal', () => {
    expect(decideColour('always', { NO_COLOR: '1' }, false)).toBe(true);
    expect(decideColour('always', { FORCE_COLOR: '0' }, false)).toBe(true);
    expect(decideColour('never', { FORCE_COLOR: '1' }, true)).toBe(false);
    expect(decideColour('never', {}, true)).toBe(false);
  });

  it('turns colour off for a non-empty NO_COLOR, even on a terminal', () => {
    expect(decideColour('auto', { NO_COLOR: '1' }, true)).toBe(false);
    expect(decideColour('auto', { NO_COLOR: 'false' }, true)).toBe(false);
    expect(decideColour('auto', { NO_COLOR: '1', FORCE_COLOR: '1' }, true)).toBe(false);
  });

  it('ignores an empty NO_COLOR', () => {
    expect(decideColour('auto', { NO_COLOR: '' }, true)).toBe(true);
    expect(decideColour('auto', { NO_COLOR: '' }, false)).toBe(false);
    expect(decideColour('auto', { NO_COLOR: '', FORCE_COLOR: '1' }, false)).toBe(true);
  });

  it('turns colour on for FORCE_COLOR, even in a pipe, and off for 0 or false', () => {
    expect(decideColour('auto', { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(decideColour('auto', { FORCE_COLOR: '3' }, false)).toBe(true);
    expect(decideColour('auto', { FORCE_COLOR: '' }, false)).toBe(true);
    expect(decideColour('auto', { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(decideColour('auto', { FORCE_COLOR: 'false' }, true)).toBe(false);
  });

  it('otherwise colours a terminal and not a pipe', () => {
    expect(decideColour('auto', {}, true)).toBe(true);
    expect(decideColour('auto', {}, false)).toBe(false);
    expect(decideColour('auto', { TERM: 'xterm-256color', NO_COLOR: undefined }, false)).toBe(
      false,
    );
  });
});

describe('decideWidth', () => {
  it('follows the flag', () => {
    expect(decideWidth(40, true, 200)).toBe(40);
    expect(decideWidth(120, false, undefined)).toBe(120);
    expect(decideWidth(0, true, 60)).toBe(0);
  });

  it('uses the columns of a terminal, at most 100', () => {
    expect(decideWidth(undefined, true, 60)).toBe(60);
    expect(decideWidth(undefined, true, 100)).toBe(100);
    expect(decideWidth(undefined, true, 101)).toBe(100);
    expect(decideWidth(undefined, true, 250)).toBe(100);
  });

  it('uses 80 for a pipe, or a terminal of unknown width', () => {
    expect(decideWidth(undefined, false, 60)).toBe(80);
    expect(decideWidth(undefined, false, undefined)).toBe(80);
    expect(decideWidth(undefined, true, undefined)).toBe(80);
    expect(decideWidth(undefined, true, 0)).toBe(80);
  });
});

describe('parseWidth', () => {
  it('accepts 0 and whole numbers of at least 20', () => {
    expect(parseWidth('0')).toBe(0);
    expect(parseWidth('20')).toBe(20);
    expect(parseWidth('100')).toBe(100);
    expect(parseWidth('400')).toBe(400);
    expect(parseWidth(' 40 ')).toBe(40);
  });

  it.each([
    '19',
    '1',
    'abc',
    '-5',
    '1.5',
    '',
    ' ',
    '20px',
    '1e3',
    '0x20',
    'Infinity',
    '99999999999999999999',
  ])('refuses %j with a usage error', (value) => {
    let caught: unknown;
    try {
      parseWidth(value);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UsageError);
    expect((caught as UsageError).exitCode).toBe(2);
    expect((caught as UsageError).message).toBe(
      `--width must be 0 or a whole number of at least 20, not '${value}'`,
    );
  });
});

describe('display', () => {
  const pipe: Io = {
    stdout: { write: () => true, isTTY: false },
    stderr: { write: () => true },
    env: {},
  } as unknown as Io;
  const choices = {
    colour: undefined,
    width: undefined,
    theme: undefined,
    hyperlinks: 'auto',
    links: undefined,
  } as const;

  it('prints links inline unless the command line or the configuration said otherwise', () => {
    expect(display({ ...choices, links: undefined } as const, pipe).links).toBe('inline');
    expect(display({ ...choices, links: 'numbered' } as const, pipe).links).toBe('numbered');
    expect(display({ ...choices, links: 'none' } as const, pipe).links).toBe('none');
  });

  it('shows the metadata line to a person (a terminal, or colour asked for), not to a pipe of plain text', () => {
    const terminal = {
      ...pipe,
      stdout: { write: () => true, isTTY: true, columns: 80 },
    } as unknown as Io;
    expect(display(choices, pipe).metadataLine).toBe(false);
    expect(display({ ...choices, colour: 'always' }, pipe).metadataLine).toBe(true);
    expect(display(choices, terminal).metadataLine).toBe(true);
    expect(display({ ...choices, colour: 'never' }, terminal).metadataLine).toBe(true);
  });
});
