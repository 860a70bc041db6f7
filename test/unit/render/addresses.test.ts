import { describe, expect, it } from 'vitest';
import {
  hyperlink,
  hyperlinkTarget,
  isOwnAddress,
  shownAddress,
} from '../../../src/render/addresses.ts';

describe('hyperlinkTarget', () => {
  it('allows http, https and mailto targets of visible ASCII', () => {
    expect(hyperlinkTarget('https://example.com/a?b=c')).toBe('https://example.com/a?b=c');
    expect(hyperlinkTarget('HTTP://x.org')).toBe('HTTP://x.org');
    expect(hyperlinkTarget('mailto:a@x.org')).toBe('mailto:a@x.org');
  });

  it('refuses other schemes, relative targets, and anything with a space, control or non-ASCII', () => {
    for (const href of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      '/relative',
      'https://x.org/a b',
      'https://x.org/\u001b\\',
      'https://x.org/\u0007',
      'https://exämple.org',
    ]) {
      expect(hyperlinkTarget(href)).toBeUndefined();
    }
  });
});

describe('hyperlink', () => {
  it('wraps the text in OSC 8 to the decoded address, or leaves it as it is', () => {
    expect(hyperlink('https://x.org/?a=1&amp;b=2', 'text')).toBe(
      '\u001b]8;;https://x.org/?a=1&b=2\u001b\\text\u001b]8;;\u001b\\',
    );
    expect(hyperlink('javascript:alert(1)', 'text')).toBe('text');
    expect(hyperlink('data:text/html,<b>', 'text')).toBe('text');
  });
});

describe('shownAddress', () => {
  it('decodes entities and shows controls, tabs and line breaks as spaces', () => {
    expect(shownAddress('https://x.org/a&amp;b')).toBe('https://x.org/a&b');
    expect(shownAddress('https://x.org/\u001b]8;;evil\u0007')).toBe('https://x.org/^[]8;;evil^G');
    expect(shownAddress('a&#9;b\nc\u009b')).toBe('a b c<U+009B>');
  });
});

describe('isOwnAddress', () => {
  it('is the address, with or without its scheme or mailto:, and a slash at its end', () => {
    expect(isOwnAddress('https://x.org', 'https://x.org')).toBe(true);
    expect(isOwnAddress('x.org', 'https://x.org')).toBe(true);
    expect(isOwnAddress('www.x.org', 'http://www.x.org')).toBe(true);
    expect(isOwnAddress('https://x.org/', 'https://x.org')).toBe(true);
    expect(isOwnAddress('x.org', 'https://x.org/')).toBe(true);
    expect(isOwnAddress('me@x.org', 'mailto:me@x.org')).toBe(true);
    expect(isOwnAddress('a&b', 'a&amp;b')).toBe(true);
  });

  it('is not another address, nor text about it', () => {
    expect(isOwnAddress('x.org', 'https://x.org/a')).toBe(false);
    expect(isOwnAddress('the docs', 'https://x.org')).toBe(false);
    expect(isOwnAddress('http://x.org', 'https://x.org')).toBe(false);
    expect(isOwnAddress('x.org//', 'https://x.org')).toBe(false);
  });
});
