import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confinedPath, isInside } from '../../../src/source/confined-path.ts';

const root = '/home/ann/notes';
const from = '/home/ann/notes/guide/start.md';
const follow = (link: string) => confinedPath(root, from, link);

describe('the files a link may open', () => {
  it('opens Markdown and HTML files beside the document and below its folder', () => {
    expect(follow('other.md')).toEqual({ path: '/home/ann/notes/guide/other.md' });
    expect(follow('./deep/page.HTML')).toEqual({ path: '/home/ann/notes/guide/deep/page.HTML' });
    expect(follow('../index.markdown')).toEqual({ path: '/home/ann/notes/index.markdown' });
    expect(follow('my%20notes.md?plain=1')).toEqual({ path: '/home/ann/notes/guide/my notes.md' });
    expect(follow('a/../b.htm')).toEqual({ path: '/home/ann/notes/guide/b.htm' });
  });

  it('refuses paths that leave the first document’s folder', () => {
    const outside = { refused: 'outside the first document’s folder' };
    expect(follow('../../outside.md')).toEqual(outside);
    expect(follow('a/../../../x.md')).toEqual(outside);
    expect(follow('%2e%2e/%2E%2E/x.md')).toEqual(outside);
    expect(follow('..%2f..%2fx.md')).toEqual(outside);
    // A folder whose name starts like the root's is not inside it.
    expect(follow('../../notes-private/x.md')).toEqual(outside);
  });

  it('refuses absolute paths, other drives, backslashes and broken escapes', () => {
    expect(follow('/etc/passwd')).toEqual({ refused: 'an absolute path' });
    expect(follow('%2fetc/passwd.md')).toEqual({ refused: 'an absolute path' });
    expect(follow('C:/Windows/x.md')).toEqual({ refused: 'a path on another drive' });
    expect(follow('c%3A/x.md')).toEqual({ refused: 'a path on another drive' });
    expect(follow('..\\..\\x.md')).toEqual({ refused: 'a path with backslashes' });
    expect(follow('%5c..%5cx.md')).toEqual({ refused: 'a path with backslashes' });
    expect(follow('bad%zz.md')).toEqual({ refused: 'not a valid path' });
    expect(follow('nul%00.md')).toEqual({ refused: 'not a valid path' });
    expect(follow('')).toEqual({ refused: 'an empty path' });
  });

  it('refuses files that are neither Markdown nor HTML', () => {
    expect(follow('picture.png')).toEqual({ refused: 'not a Markdown or HTML file' });
    expect(follow('folder/')).toEqual({ refused: 'not a Markdown or HTML file' });
  });

  it('never gives a path outside the folder, whatever the link (property)', () => {
    const part = fc.constantFrom(
      '..',
      '.',
      'a',
      'b.md',
      '%2e%2e',
      '%2E.',
      '%2f',
      '\\',
      '%5C',
      'C:',
      '',
      '%',
      '?',
      'notes',
      'x.html',
    );
    const link = fc.oneof(
      fc.array(part, { maxLength: 8 }).map((parts) => parts.join('/')),
      fc.string(),
    );
    fc.assert(
      fc.property(link, (href) => {
        const result = follow(href);
        if ('path' in result) {
          expect(isInside(root, result.path)).toBe(true);
          expect(result.path.startsWith(`${root}/`)).toBe(true);
          expect(result.path).not.toMatch(/\/\.\.?(?:\/|$)|\\/);
        }
      }),
    );
  });
});
