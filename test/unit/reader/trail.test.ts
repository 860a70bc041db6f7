import { describe, expect, it } from 'vitest';
import { Trail } from '../../../src/reader/trail.ts';

describe('the trail of places, back and forward', () => {
  it('goes back and forward to each place as it was left', () => {
    const trail = new Trail('a@0');
    trail.go('a@5', 'b@0');
    expect([trail.current, trail.atFirst]).toEqual(['b@0', false]);
    expect(trail.back('b@7')).toBe('a@5');
    expect(trail.atFirst).toBe(true);
    expect(trail.forward('a@6')).toBe('b@7');
    expect(trail.back('b@8')).toBe('a@6');
  });

  it('has nothing before the first place or after the last', () => {
    const trail = new Trail('a');
    expect(trail.back('a')).toBeUndefined();
    trail.go('a', 'b');
    expect(trail.forward('b')).toBeUndefined();
    expect(trail.current).toBe('b');
  });

  it('drops the places ahead when going somewhere new, as a browser does', () => {
    const trail = new Trail('a');
    trail.go('a', 'b');
    trail.go('b', 'c');
    trail.back('c');
    trail.back('b');
    trail.go('a', 'd');
    expect(trail.forward('d')).toBeUndefined();
    expect(trail.back('d')).toBe('a');
    expect(trail.first).toBe('a');
  });

  it('changes every step in place', () => {
    const trail = new Trail('a');
    trail.go('a', 'b');
    trail.update((step) => step.toUpperCase());
    expect([trail.first, trail.current]).toEqual(['A', 'B']);
  });
});
