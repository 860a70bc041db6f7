import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../src/markdown/entities.ts';

describe('decodeEntities', () => {
  it('decodes named, decimal and hexadecimal references that end in a semicolon', () => {
    expect(decodeEntities('&copy; &amp; &#233; &#x1F600; &ouml;')).toBe('© & é 😀 ö');
  });

  it('leaves references without a semicolon and unknown names as written, as CommonMark does', () => {
    expect(decodeEntities('?a=1&copy=2')).toBe('?a=1&copy=2');
    expect(decodeEntities('&nosuchentity; &#;')).toBe('&nosuchentity; &#;');
  });

  it('gives text without an ampersand back unchanged', () => {
    const text = 'plain text, no references';
    expect(decodeEntities(text)).toBe(text);
  });
});
