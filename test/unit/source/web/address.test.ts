import { describe, expect, it } from 'vitest';
import { ArticleError } from '../../../../src/errors.ts';
import {
  isFetchable,
  isWebAddress,
  looksLikeAddress,
  otherScheme,
  parseWebAddress,
  unfetchableScheme,
} from '../../../../src/source/web/address.ts';

describe('web addresses', () => {
  it('are http and https, in any case', () => {
    expect(isWebAddress('https://example.com/story')).toBe(true);
    expect(isWebAddress('HTTP://example.com')).toBe(true);
    for (const other of ['ftp://example.com', 'file:///etc/passwd', 'notes.md', 'https:x', '']) {
      expect(isWebAddress(other)).toBe(false);
    }
  });

  it('are told from other schemes, which a drive letter or a plain name is not', () => {
    expect(otherScheme('ftp://example.com/x')).toBe('ftp');
    expect(otherScheme('FILE:///etc/passwd')).toBe('file');
    expect(otherScheme('data:text/html,hi')).toBe('data');
    expect(otherScheme('https://example.com')).toBeUndefined();
    expect(otherScheme('C:\\notes.md')).toBeUndefined();
    expect(otherScheme('notes.md')).toBeUndefined();
  });

  it('look like addresses when a scheme and // start them', () => {
    expect(looksLikeAddress('ftp://example.com')).toBe(true);
    expect(looksLikeAddress('https://example.com')).toBe(true);
    expect(looksLikeAddress('file:notes')).toBe(false);
    expect(looksLikeAddress('install')).toBe(false);
  });

  it('may be fetched, first or after a redirect, only over http and https', () => {
    expect(isFetchable(new URL('https://example.com'))).toBe(true);
    expect(isFetchable(new URL('http://example.com'))).toBe(true);
    expect(isFetchable(new URL('file:///etc/passwd'))).toBe(false);
    expect(isFetchable(new URL('data:text/html,hi'))).toBe(false);
  });

  it('are parsed, or refused with a message', () => {
    expect(parseWebAddress('https://example.com/a b').href).toBe('https://example.com/a%20b');
    expect(() => parseWebAddress('https://exa mple.com')).toThrow(ArticleError);
    expect(() => parseWebAddress('https://exa mple.com')).toThrow(/not a valid web address/);
  });

  it('of another scheme get one message that says what can be read', () => {
    expect(unfetchableScheme('ftp://x/y', 'ftp').message).toBe(
      "ftp://x/y: cannot read ftp: addresses; give an http or https address, or a file's path",
    );
  });
});
