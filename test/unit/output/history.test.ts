import {
  chmodSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentHash,
  documentKey,
  historyPath,
  loadHistory,
  mostDocuments,
  type Remembered,
  saveHistory,
} from '../../../src/output/history.ts';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

/** The reader's history file (output/history.ts): where it is, what it keeps, and what it survives. */

const folder = temporaryFolder('history');
let made = 0;
/** A history path in a folder of its own, not yet created. */
const freshPath = () => join(folder.path, `state-${++made}`, 'article', 'history.json');

const entry = (readAt: number, extra: Partial<Remembered> = {}): Remembered => ({
  hash: 'abc123',
  place: { section: 'season-2', words: 42 },
  marks: { a: { section: null, words: 0 }, Z: { section: 'season-2', words: 7 } },
  readAt,
  ...extra,
});
const isRoot = process.getuid?.() === 0;

describe('where the history is kept', () => {
  it('is under XDG_STATE_HOME, else under ~/.local/state, in a folder named as the config folder', () => {
    expect(historyPath({ XDG_STATE_HOME: '/s', HOME: '/h' })).toBe('/s/article/history.json');
    expect(historyPath({ XDG_STATE_HOME: '', HOME: '/h' })).toBe(
      '/h/.local/state/article/history.json',
    );
  });

  it('keys a file by its absolute path through symbolic links, an address as it is, the bundled article by name', () => {
    const real = folder.write('notes.md', '# Notes\n');
    const link = join(folder.path, 'link.md');
    symlinkSync(real, link);
    expect(documentKey(link)).toBe(real);
    expect(documentKey(real)).toBe(real);
    expect(documentKey('https://example.com/story')).toBe('https://example.com/story');
    expect(documentKey('HTTPS://Example.COM:443/story')).toBe('https://example.com/story');
    expect(documentKey(undefined)).toBe('bundled:article');
    // Standard input cannot be opened again: it has no history.
    expect(documentKey('-')).toBeUndefined();
  });

  it('hashes the content into a short hex string that changes with it', () => {
    expect(contentHash('a')).toMatch(/^[0-9a-f]{32}$/);
    expect(contentHash('a')).toBe(contentHash('a'));
    expect(contentHash('a')).not.toBe(contentHash('b'));
  });
});

describe('saving and loading', () => {
  it('gives back what was saved, for each document', () => {
    const path = freshPath();
    expect(loadHistory(path)).toEqual({ documents: new Map() });
    expect(saveHistory(path, '/a.md', entry(1))).toBeUndefined();
    expect(saveHistory(path, 'https://example.com/b', entry(2, { hash: 'ff' }))).toBeUndefined();
    const { documents, warning } = loadHistory(path);
    expect(warning).toBeUndefined();
    expect(documents.get('/a.md')).toEqual(entry(1));
    expect(documents.get('https://example.com/b')).toEqual(entry(2, { hash: 'ff' }));
    // Saving a document again replaces its entry.
    saveHistory(path, '/a.md', entry(3, { place: { section: null, words: 0 } }));
    expect(loadHistory(path).documents.get('/a.md')?.place).toEqual({ section: null, words: 0 });
    expect(loadHistory(path).documents.size).toBe(2);
  });

  it(`keeps the ${mostDocuments} most recently read documents`, () => {
    const path = freshPath();
    for (let at = 0; at <= mostDocuments; at++) saveHistory(path, `/doc-${at}.md`, entry(at));
    const { documents } = loadHistory(path);
    expect(documents.size).toBe(mostDocuments);
    expect(documents.has('/doc-0.md')).toBe(false);
    expect(documents.has('/doc-1.md')).toBe(true);
    expect(documents.has(`/doc-${mostDocuments}.md`)).toBe(true);
    // Reading an old one again keeps it, and drops the next oldest.
    saveHistory(path, '/doc-1.md', entry(mostDocuments + 1));
    const after = loadHistory(path).documents;
    expect(after.has('/doc-1.md')).toBe(true);
    expect(after.has('/doc-2.md')).toBe(true);
    saveHistory(path, '/new.md', entry(mostDocuments + 2));
    expect(loadHistory(path).documents.has('/doc-2.md')).toBe(false);
  });

  it('writes through a temporary file in the same folder, leaving none behind', () => {
    const path = freshPath();
    saveHistory(path, '/a.md', entry(1));
    saveHistory(path, '/b.md', entry(2));
    expect(readdirSync(join(path, '..'))).toEqual(['history.json']);
    expect(() => JSON.parse(readFileSync(path, 'utf8'))).not.toThrow();
  });

  it('leaves no temporary file when the rename fails, and says so in a warning', () => {
    const path = freshPath();
    // A folder where the file should be: the rename over it fails.
    mkdirSync(path, { recursive: true });
    const warning = saveHistory(path, '/a.md', entry(1));
    expect(warning).toMatch(/^cannot keep your place in .*history\.json \(EISDIR\)/);
    expect(readdirSync(join(path, '..'))).toEqual(['history.json']);
  });
});

describe('a history that cannot be used', () => {
  it('ignores a file that is not JSON with a warning, and replaces it on the next save', () => {
    const path = freshPath();
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, '{"version": 1, "documents": {');
    const loaded = loadHistory(path);
    expect(loaded.documents.size).toBe(0);
    expect(loaded.warning).toBe(
      `${path} is not valid JSON: ignored, and replaced when the reader next leaves`,
    );
    expect(saveHistory(path, '/a.md', entry(1))).toBeUndefined();
    expect(loadHistory(path)).toEqual({ documents: new Map([['/a.md', entry(1)]]) });
  });

  it.each([
    ['an array', '[]'],
    ['another version', '{"version": 2, "documents": {}}'],
    ['documents that are a list', '{"version": 1, "documents": []}'],
    ['null', 'null'],
  ])('ignores %s with a warning', (_, text) => {
    const path = freshPath();
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    const loaded = loadHistory(path);
    expect(loaded.documents.size).toBe(0);
    expect(loaded.warning).toMatch(/is not a history this program wrote: ignored/);
  });

  it('warns of a file that cannot be read', () => {
    const path = freshPath();
    mkdirSync(path, { recursive: true });
    expect(loadHistory(path).warning).toMatch(/history\.json cannot be read \(EISDIR\): ignored/);
  });

  it.skipIf(isRoot)('warns of a file without read permission', () => {
    const path = freshPath();
    saveHistory(path, '/a.md', entry(1));
    chmodSync(path, 0o000);
    expect(loadHistory(path).warning).toMatch(/cannot be read \(EACCES\)/);
    // The folder is writable: the next save replaces it.
    expect(saveHistory(path, '/b.md', entry(2))).toBeUndefined();
  });

  it('warns when the folder cannot be made, and does not throw', () => {
    // A file where the state folder should be.
    const blocker = folder.write(`blocker-${++made}`, 'not a folder');
    const path = join(blocker, 'article', 'history.json');
    expect(loadHistory(path).warning).toMatch(/cannot be read \(ENOTDIR\)/);
    expect(saveHistory(path, '/a.md', entry(1))).toMatch(/^cannot keep your place in .*ENOTDIR/);
  });

  it.skipIf(isRoot)('warns when the folder is read-only', () => {
    const path = freshPath();
    mkdirSync(join(path, '..'), { recursive: true });
    chmodSync(join(path, '..'), 0o555);
    expect(saveHistory(path, '/a.md', entry(1))).toMatch(/EACCES/);
    chmodSync(join(path, '..'), 0o755);
  });
});

describe('untrusted contents', () => {
  /** Loads a file of one valid entry and one of these. */
  const loadWith = (bad: unknown, key = '/bad.md') => {
    const path = freshPath();
    mkdirSync(join(path, '..'), { recursive: true });
    const documents = { '/good.md': entry(1), [key]: bad };
    writeFileSync(path, JSON.stringify({ version: 1, documents }));
    return loadHistory(path);
  };

  it.each([
    ['a string', 'hello'],
    ['a hash that is not hex', entry(1, { hash: '<script>' })],
    ['a hash too long', entry(1, { hash: 'a'.repeat(65) })],
    ['no readAt', { ...entry(1), readAt: undefined }],
    ['a readAt string', { ...entry(1), readAt: 'yesterday' }],
    ['negative words', entry(1, { place: { section: 'x', words: -1 } })],
    ['fractional words', entry(1, { place: { section: 'x', words: 1.5 } })],
    ['a section id that is a number', { ...entry(1), place: { section: 3, words: 0 } }],
    ['a section id too long', entry(1, { place: { section: 'x'.repeat(2000), words: 0 } })],
    ['a mark under two letters', entry(1, { marks: { ab: { section: null, words: 0 } } })],
    ['a mark under a digit', entry(1, { marks: { '1': { section: null, words: 0 } } })],
    ['a mark under an escape', entry(1, { marks: { '\u001b': { section: null, words: 0 } } })],
    ['a mark that is no place', { ...entry(1), marks: { a: 'here' } }],
    ['marks that are a list', { ...entry(1), marks: [] }],
  ])('drops an entry with %s, keeping the others', (_, bad) => {
    const { documents, warning } = loadWith(bad);
    expect(warning).toBeUndefined();
    expect([...documents.keys()]).toEqual(['/good.md']);
  });

  it('drops an entry under a key too long or empty', () => {
    expect([...loadWith(entry(2), 'k'.repeat(5000)).documents.keys()]).toEqual(['/good.md']);
    expect([...loadWith(entry(2), '').documents.keys()]).toEqual(['/good.md']);
  });

  it('keeps a key named __proto__ as a key like any other, changing no object', () => {
    const path = freshPath();
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, `{"version": 1, "documents": {"__proto__": ${JSON.stringify(entry(1))}}}`);
    expect(loadHistory(path).documents.get('__proto__')).toEqual(entry(1));
    expect(({} as Record<string, unknown>).hash).toBeUndefined();
  });

  it('refuses a file too big to be its own', () => {
    const path = freshPath();
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, `${' '.repeat(17 * 1024 * 1024)}{}`);
    expect(loadHistory(path).warning).toMatch(/is too big: ignored/);
  });
});
