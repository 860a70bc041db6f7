import { describe, expect, it } from 'vitest';
import { lastAtOrBefore } from '../../../src/reader/search-order.ts';

describe('lastAtOrBefore', () => {
  const keys = [1, 3, 3, 7];
  it('gives the last index whose key is at most the value, or -1', () => {
    expect(lastAtOrBefore(keys, 0, (key) => key)).toBe(-1);
    expect(lastAtOrBefore(keys, 3, (key) => key)).toBe(2);
    expect(lastAtOrBefore(keys, 6, (key) => key)).toBe(2);
    expect(lastAtOrBefore(keys, 9, (key) => key)).toBe(3);
    expect(lastAtOrBefore([], 9, (key: number) => key)).toBe(-1);
  });
});
