import { describe, expect, it } from 'vitest';
import { linkAction, statusText } from '../../../src/reader/link-targets.ts';

describe('what following a link does', () => {
  const file = '/home/ann/notes/start.md';

  it('jumps to a heading for a fragment', () => {
    expect(linkAction('#usage', file)).toEqual({ kind: 'section', fragment: 'usage' });
    expect(linkAction('&#35;usage', undefined)).toEqual({ kind: 'section', fragment: 'usage' });
  });

  it('opens a relative path as a file, its fragment after', () => {
    expect(linkAction('other.md#second', file)).toEqual({
      kind: 'file',
      path: 'other.md',
      fragment: 'second',
    });
    expect(linkAction('/etc/passwd', file)).toEqual({
      kind: 'file',
      path: '/etc/passwd',
      fragment: undefined,
    });
    // One letter before the colon is a drive, which the opener refuses as a path.
    expect(linkAction('C:/x.md', file)).toMatchObject({ kind: 'file', path: 'C:/x.md' });
  });

  it('opens http and https only, of all schemes', () => {
    expect(linkAction('https://example.com/a', file)).toEqual({
      kind: 'web',
      url: 'https://example.com/a',
    });
    for (const [href, scheme] of [
      ['mailto:ann@example.com', 'mailto:'],
      ['javascript:alert(1)', 'javascript:'],
      ['JavaScript:alert(1)', 'javascript:'],
      ['file:///etc/passwd', 'file:'],
      ['ftp://example.com/', 'ftp:'],
      ['data:text/html,x', 'data:'],
    ])
      expect(linkAction(href as string, file)).toEqual({
        kind: 'refused',
        why: `${scheme} links are not opened`,
      });
  });

  it('reads a link in a web page against its address', () => {
    const page = 'https://example.com/blog/post';
    expect(linkAction('other', page)).toEqual({
      kind: 'web',
      url: 'https://example.com/blog/other',
    });
    expect(linkAction('/about', page)).toEqual({ kind: 'web', url: 'https://example.com/about' });
    expect(linkAction('post#part', page)).toEqual({ kind: 'section', fragment: 'part' });
    expect(linkAction('mailto:x@example.com', page)).toMatchObject({ kind: 'refused' });
  });
});

describe('untrusted text on the status line', () => {
  it('has its control characters taken out, and is cut to the width', () => {
    expect(statusText('a\u001b[31mb\u0007c\nd\u009be\u202ef')).toBe('a[31mbcdef');
    expect(statusText('x'.repeat(60), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
