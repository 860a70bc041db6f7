import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Environment } from '../io.ts';

/**
 * Where the full-screen reader left off in each document: one small JSON
 * file in $XDG_STATE_HOME/article/. It is a convenience, never a reason to
 * fail: a file that cannot be read or makes no sense is ignored with a
 * warning and replaced on the next write, and a folder that cannot be
 * written to costs a warning. Everything read from it is checked, as any
 * program could have written it.
 */

/** A place in a document: a section by its id (null: before the first) and how many words of it are above. */
export interface Place {
  readonly section: string | null;
  readonly words: number;
}

/** What is kept of one document. */
export interface Remembered {
  /** A hash of the content: it only tells that the document changed since. */
  readonly hash: string;
  readonly place: Place;
  /** The marks set with m, by letter. */
  readonly marks: Readonly<Record<string, Place>>;
  /** When it was last read, in ms since the epoch: the least recent are dropped past the bound. */
  readonly readAt: number;
}

/** What reading the file gives: the documents, and a warning line when it was not usable. */
export interface Loaded {
  readonly documents: ReadonlyMap<string, Remembered>;
  readonly warning?: string;
}

/** The most documents kept: the most recently read. */
export const mostDocuments = 500;
const longestKey = 4096;
const longestId = 1024;
/** A file bigger than the bound could make is not one this program wrote. */
const largestFile = 16 * 1024 * 1024;
const version = 1;

export function historyPath(env: Environment): string {
  const state = env.XDG_STATE_HOME || join(env.HOME || homedir(), '.local', 'state');
  return join(state, 'article', 'history.json');
}

/**
 * The key a document is kept under: its path, absolute and through symbolic
 * links, or its web address; the bundled article under a fixed name.
 * Standard input has none: it cannot be opened again.
 */
export function documentKey(file: string | undefined): string | undefined {
  if (file === undefined) return 'bundled:article';
  if (file === '-') return undefined;
  if (/^https?:\/\//i.test(file)) return webKey(file);
  try {
    return realpathSync(file);
  } catch {
    return resolve(file);
  }
}

/** An address as the URL parser writes it (host in lower case, default port left out), so that one page has one key. */
function webKey(address: string): string {
  try {
    return new URL(address).href;
  } catch {
    return address;
  }
}

/** A short hash of the document's text. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

export function loadHistory(path: string): Loaded {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { documents: new Map() };
    return unusable(path, `cannot be read (${code ?? (error as Error).message})`);
  }
  if (text.length > largestFile) return unusable(path, 'is too big');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return unusable(path, 'is not valid JSON');
  }
  const documents = checkedDocuments(data);
  return documents ? { documents } : unusable(path, 'is not a history this program wrote');
}

function unusable(path: string, reason: string): Loaded {
  return {
    documents: new Map(),
    warning: `${path} ${reason}: ignored, and replaced when the reader next leaves`,
  };
}

/**
 * Keeps a document's place: the file is read again (another reader may have
 * written it since), the entry set, the least recently read dropped past the
 * bound, and the whole written to a temporary file in the same folder that
 * is then renamed over the old one, so that no reader ever sees half a file.
 * Returns a warning line when it could not be written.
 */
export function saveHistory(path: string, key: string, remembered: Remembered): string | undefined {
  const documents = new Map(loadHistory(path).documents);
  documents.delete(key);
  documents.set(key, remembered);
  const kept = [...documents]
    .sort(([, a], [, b]) => b.readAt - a.readAt)
    .slice(0, mostDocuments)
    .reverse();
  const text = `${JSON.stringify({ version, documents: Object.fromEntries(kept) })}\n`;
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, text, { mode: 0o600 });
    renameSync(temporary, path);
    return undefined;
  } catch (error) {
    removeQuietly(temporary);
    const code = (error as NodeJS.ErrnoException).code;
    return `cannot keep your place in ${path} (${code ?? (error as Error).message}); reading goes on without it`;
  }
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Never made: the folder is not there or not writable.
  }
}

/** The documents of a parsed file, invalid entries left out; undefined when its shape is not a history's. */
function checkedDocuments(data: unknown): Map<string, Remembered> | undefined {
  if (!isObject(data) || data.version !== version || !isObject(data.documents)) return undefined;
  const documents = new Map<string, Remembered>();
  for (const [key, entry] of Object.entries(data.documents)) {
    const remembered = checkedEntry(entry);
    if (key.length > 0 && key.length <= longestKey && remembered) documents.set(key, remembered);
  }
  return documents;
}

function checkedEntry(entry: unknown): Remembered | undefined {
  if (!isObject(entry)) return undefined;
  const { hash, place, marks, readAt } = entry;
  if (typeof hash !== 'string' || !/^[0-9a-f]{1,64}$/.test(hash)) return undefined;
  if (typeof readAt !== 'number' || !Number.isFinite(readAt)) return undefined;
  const checkedPlace = checkPlace(place);
  if (!checkedPlace || !isObject(marks)) return undefined;
  const checkedMarks: Record<string, Place> = {};
  for (const [letter, mark] of Object.entries(marks)) {
    const checkedMark = checkPlace(mark);
    if (!isMarkLetter(letter) || !checkedMark) return undefined;
    checkedMarks[letter] = checkedMark;
  }
  return { hash, place: checkedPlace, marks: checkedMarks, readAt };
}

function checkPlace(place: unknown): Place | undefined {
  if (!isObject(place)) return undefined;
  const { section, words } = place;
  const validSection =
    section === null || (typeof section === 'string' && section.length <= longestId);
  if (!validSection || typeof words !== 'number' || !Number.isSafeInteger(words) || words < 0)
    return undefined;
  return { section, words };
}

/** The letters a mark is set under: a to z, A to Z. */
export function isMarkLetter(text: string): boolean {
  return /^[a-zA-Z]$/.test(text);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
