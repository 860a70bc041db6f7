import { posix } from 'node:path';

/** A linked file's path, or why the link is not followed. */
export type Confined = { readonly path: string } | { readonly refused: string };

/** The files a link may open: Markdown and HTML. */
const readable = /\.(?:md|markdown|html?)$/i;

/**
 * Where a relative link in the document at `from` (an absolute path) leads,
 * kept inside `root` (an absolute folder: the first document's) or below:
 * the link's path is percent-decoded once (`%2e%2e` is `..`), then absolute
 * paths, other drives (`C:`), backslashes (another system's separator) and
 * `..` that leaves the folder are refused. Pure: symbolic links are the
 * caller's to check (fs.realpath). `link` is the path alone, without `#`.
 */
export function confinedPath(root: string, from: string, link: string): Confined {
  const path = withoutQuery(link);
  if (!path) return { refused: 'an empty path' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return { refused: 'not a valid path' };
  }
  if (decoded.includes('\0')) return { refused: 'not a valid path' };
  if (decoded.includes('\\')) return { refused: 'a path with backslashes' };
  if (/^[a-z]:/i.test(decoded)) return { refused: 'a path on another drive' };
  if (decoded.startsWith('/')) return { refused: 'an absolute path' };
  const target = posix.resolve(posix.dirname(from), decoded);
  if (!isInside(root, target)) return { refused: 'outside the first document’s folder' };
  if (!readable.test(target)) return { refused: 'not a Markdown or HTML file' };
  return { path: target };
}

/** Whether `path` is `folder` or below it (both absolute and normalised). */
export function isInside(folder: string, path: string): boolean {
  const relative = posix.relative(folder, path);
  return relative !== '..' && !relative.startsWith('../') && !posix.isAbsolute(relative);
}

function withoutQuery(link: string): string {
  const query = link.indexOf('?');
  return query === -1 ? link : link.slice(0, query);
}
