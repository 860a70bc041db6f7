import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/**
 * Starts the bundle through V8's code cache: compiling the bundle is a good
 * part of article's start-up, and with the cache V8 skips it. Node 22 has
 * module.enableCompileCache for this; vm.Script's cachedData does the same on
 * Node 20. The libraries bundled apart (dist/vendor, loaded when a document
 * needs them) go through it too. The cache lives in the user's cache folder,
 * keyed by the Node version and each file's name, size and time, and is
 * skipped silently when that folder cannot be used. V8 itself rejects a cache
 * that does not match.
 *
 * The launcher is CommonJS next to the bundle (dist/), so its own __dirname and
 * require serve the bundle too: loading node:module and node:url would add
 * to every start-up (README, Performance).
 */
export async function launch(): Promise<void> {
  const bundle = join(__dirname, 'article.cjs');
  const compiled: Compiled[] = [];
  const exports = runCached(bundle, compiled) as { start(): Promise<void> };
  await exports.start();
  // Written after the run, so that the functions it compiled lazily are in the cache too.
  for (const { script, cacheFile, cachedData } of compiled) {
    if (cacheFile && (!cachedData || script.cachedDataRejected))
      save(cacheFile, script.createCachedData());
  }
}

interface Compiled {
  readonly script: Script;
  readonly cacheFile: string | undefined;
  readonly cachedData: Buffer | undefined;
}

/** The files run so far, by path: a vendor file that two files require runs once. */
const loaded = new Map<string, unknown>();

/** Runs a CommonJS file compiled with its code cache; its `./` requires are run the same way. */
function runCached(file: string, compiled: Compiled[]): unknown {
  const cacheFile = cachePath(file);
  const cachedData = cacheFile ? readIfPresent(cacheFile) : undefined;
  const source = readFileSync(file, 'utf8');
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    {
      filename: file,
      ...(cachedData ? { cachedData } : {}),
    },
  );
  compiled.push({ script, cacheFile, cachedData });
  const bundleRequire = (id: string) => {
    // The bundle requires only Node's own modules, apart from the vendor files (./vendor/x.cjs
    // from the bundle, ./x.cjs from a vendor file that requires another: make-fetch-happen).
    if (!id.startsWith('./')) return require(id);
    const path = join(dirname(file), id);
    if (!loaded.has(path)) loaded.set(path, runCached(path, compiled));
    return loaded.get(path);
  };
  const module = { exports: {} };
  script.runInThisContext()(module.exports, bundleRequire, module, file, dirname(file));
  return module.exports;
}

function cachePath(bundle: string): string | undefined {
  try {
    const folder = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
    const { size, mtimeMs } = statSync(bundle);
    // The install's folder is part of the key: two installs (global, npx) each keep their own.
    const file = `${basename(bundle, '.cjs')}-${pathHash(dirname(bundle))}`;
    const key = `${process.version}-${process.arch}-${file}-${size}-${Math.trunc(mtimeMs)}`;
    return join(folder, 'article-reader', `code-cache-${key}.bin`);
  } catch {
    return undefined;
  }
}

/** FNV-1a, in hex: a name for a folder, without loading node:crypto at every start. */
function pathHash(path: string): string {
  let hash = 0x811c9dc5;
  for (let at = 0; at < path.length; at++) {
    hash = Math.imul(hash ^ path.charCodeAt(at), 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function readIfPresent(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

function save(path: string, data: Buffer): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    // A reader starting meanwhile sees the old file or the new one, never half of one.
    const partial = `${path}.${process.pid}`;
    writeFileSync(partial, data);
    renameSync(partial, path);
    removeOutdated(path);
  } catch {
    // A read-only or full cache folder only costs the next start its speed.
  }
}

/**
 * A new cache means the file it is for changed (an upgrade, a build): the
 * caches of its earlier versions in the same install for this Node would
 * never be read again. Caches for other installs and other Node versions stay.
 */
function removeOutdated(path: string): void {
  const name = basename(path);
  const sameFile = /^(code-cache-.+-)\d+-\d+\.bin$/.exec(name)?.[1];
  if (!sameFile) return;
  for (const other of readdirSync(dirname(path))) {
    if (other === name || !other.startsWith(sameFile) || !other.endsWith('.bin')) continue;
    // Whatever the prefix also matches must be an earlier size and time of the same file.
    if (!/^\d+-\d+\.bin$/.test(other.slice(sameFile.length))) continue;
    try {
      unlinkSync(join(dirname(path), other));
    } catch {
      // Another article removed it first.
    }
  }
}
