// What reader mode's libraries alone cost on a page, so that the table can show how close to
// readability-lxml any reader built on them can come. `node reader-floor.cjs <page.html>`: load
// the built linkedom and Readability (dist/vendor, through a V8 code cache, as article loads
// them), parse the page and run Readability, write the article's text. `... <page.html> marked`
// also loads marked, which turns the Markdown of any article into sections; turndown, the
// metadata and the rendering that article adds are left out.
const { readFileSync, writeFileSync, mkdirSync } = require('node:fs');
const { basename, dirname, join } = require('node:path');
const { Script } = require('node:vm');

const root = join(__dirname, '..', '..');
const cacheFolder = join(root, '.bench', 'code-cache');

/** Runs a CommonJS file of dist/vendor with its code cache, written on the first run. */
function load(file) {
  const cacheFile = join(cacheFolder, `${basename(file)}.bin`);
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {}
  const script = new Script(
    `(function (exports, require, module) {${readFileSync(file, 'utf8')}\n})`,
    { filename: file, ...(cachedData ? { cachedData } : {}) },
  );
  const module = { exports: {} };
  const vendorRequire = (id) => (id.startsWith('./') ? load(join(dirname(file), id)) : require(id));
  script.runInThisContext()(module.exports, vendorRequire, module);
  if (!cachedData || script.cachedDataRejected) {
    process.on('exit', () => {
      mkdirSync(cacheFolder, { recursive: true });
      writeFileSync(cacheFile, script.createCachedData());
    });
  }
  return module.exports;
}

const [page, extra] = process.argv.slice(2);
const html = readFileSync(page, 'utf8');
const { DOMParser } = load(join(root, 'dist/vendor/linkedom.cjs'));
const { Readability } = load(join(root, 'dist/vendor/mozilla-readability.cjs'));
const article = new Readability(new DOMParser().parseFromString(html, 'text/html')).parse();
if (extra === 'marked') load(join(root, 'dist/vendor/marked.cjs'));
process.stdout.write(article?.textContent ?? '');
