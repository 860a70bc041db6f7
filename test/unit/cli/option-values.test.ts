import { describe, expect, it } from 'vitest';
import { parseDepth, parseTimeout } from '../../../src/cli/option-values.ts';
import { UsageError } from '../../../src/errors.ts';

describe('parseDepth', () => {
  it('reads a whole number of levels, 1 or more', () => {
    expect(parseDepth('1')).toBe(1);
    expect(parseDepth('3')).toBe(3);
    expect(parseDepth(' 2 ')).toBe(2);
    expect(parseDepth('12')).toBe(12);
  });

  it.each(['0', '-1', '1.5', 'abc', '', ' ', '2x', '1e2', 'Infinity', '99999999999999999999'])(
    "refuses '%s' as a usage error that quotes it",
    (bad) => {
      const error = (() => {
        try {
          parseDepth(bad);
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).exitCode).toBe(2);
      expect((error as UsageError).message).toBe(
        `--depth needs a whole number of heading levels, 1 or more, not '${bad}'`,
      );
    },
  );
});

describe('parseTimeout', () => {
  it('reads seconds above 0, a fraction too, and refuses others', () => {
    expect(parseTimeout('0.5')).toBe(0.5);
    for (const bad of ['0', '-1', 'soon', '', 'Infinity']) {
      expect(() => parseTimeout(bad)).toThrow(/^--timeout needs a number of seconds above 0/);
    }
  });
});
