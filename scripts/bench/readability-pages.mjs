// How much of Readability's expected article the built `article` keeps, on all of Readability's
// test pages: `node scripts/bench/readability-pages.mjs [readability-test-pages.tar.gz]`
// (default ../shared/data/readability-test-pages.tar.gz). For each page, whether the plain text
// holds every word of expected.html in order, whether its first line is the expected title, and
// whether its metadata in --json (byline, site, date, language) is expected-metadata.json's.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHTML } from 'entities';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const tarball = resolve(
  process.argv[2] ?? join(root, '../shared/data/readability-test-pages.tar.gz'),
);
if (!existsSync(tarball)) {
  console.error(`no test pages at ${tarball}: give the path of readability-test-pages.tar.gz`);
  process.exit(2);
}

/** The first word of `expected` not found in `actual` after the one before it. */
function firstMissingWord(expected, actual) {
  let at = 0;
  for (const word of expected.split(/\s+/).filter(Boolean)) {
    const found = actual.indexOf(word, at);
    if (found === -1) return word;
    at = found + word.length;
  }
  return undefined;
}

/**
 * Whether article's value is Readability's as article keeps values: on one line, cut (and then
 * compared up to the cut), a byline without its "By". A value where Readability found none is
 * no difference: it comes from what article reads of the page itself (JSON-LD, meta tags).
 */
function sameValue(fact, expected, found) {
  const oneLine = expected?.replace(/\s+/g, ' ').trim() || null;
  const want = fact === 'byline' ? oneLine?.replace(/^by\b[\s:]*/i, '') || null : oneLine;
  if (want === null || found === null) return want === null;
  return found.endsWith('…') ? want.startsWith(found.slice(0, -1)) : want === found;
}

/** Facts article gives where Readability found none. */
let added = 0;

/** The metadata facts --json gives that differ from expected-metadata.json's. */
function metadataDifferences(folder, source) {
  const expected = JSON.parse(readFileSync(join(folder, 'expected-metadata.json'), 'utf8'));
  const args = [join(root, 'bin/article.cjs'), '-f', source, '--list', '--json', '--from', 'html'];
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (result.status !== 0) return ['status'];
  const found = JSON.parse(result.stdout);
  const facts = {
    byline: 'byline',
    siteName: 'siteName',
    published: 'publishedTime',
    lang: 'lang',
  };
  for (const [ours, theirs] of Object.entries(facts))
    if (!expected[theirs]?.trim() && found[ours] !== null) added++;
  return Object.entries(facts)
    .filter(
      ([ours, theirs]) =>
        (theirs !== 'lang' || expected.lang) && !sameValue(ours, expected[theirs], found[ours]),
    )
    .map(([ours]) => `${ours} ${JSON.stringify(found[ours])}`);
}

function checkPage(folder) {
  const html = readFileSync(join(folder, 'expected.html'), 'utf8').replace(/<[^>]*>/g, ' ');
  const expected = decodeHTML(html).replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  const { title } = JSON.parse(readFileSync(join(folder, 'expected-metadata.json'), 'utf8'));
  const source = join(folder, 'source.html');
  const args = [
    join(root, 'bin/article.cjs'),
    '-f',
    source,
    '--plain',
    '-w',
    '0',
    '--from',
    'html',
    // Readability's choice alone: this stage's own removal of boxes is measured by extraction.mjs.
    '--whole-article',
  ];
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (result.status !== 0)
    return { missing: `status ${result.status}`, titleMatches: false, differences: [] };
  const firstLine = result.stdout.split('\n')[0]?.trim();
  return {
    missing: firstMissingWord(expected, result.stdout),
    titleMatches: !title || firstLine === title.replace(/\s+/g, ' ').trim(),
    differences: metadataDifferences(folder, source),
  };
}

const folder = mkdtempSync(join(tmpdir(), 'readability-pages-'));
try {
  spawnSync('tar', ['xzf', tarball, '-C', folder], { stdio: 'inherit' });
  const pages = join(folder, 'test-pages');
  let complete = 0;
  let titles = 0;
  let metadata = 0;
  const names = readdirSync(pages).sort();
  for (const name of names) {
    const { missing, titleMatches, differences } = checkPage(join(pages, name));
    if (!missing) complete++;
    if (titleMatches) titles++;
    if (differences.length === 0) metadata++;
    if (missing || !titleMatches || differences.length > 0) {
      const metadataNote =
        differences.length > 0 ? `metadata differs: ${differences.join(', ')}` : '';
      console.log(
        `${name}: ${missing ? `lost ${JSON.stringify(missing)}` : ''} ${titleMatches ? '' : 'title differs'} ${metadataNote}`,
      );
    }
  }
  console.log(
    `${complete}/${names.length} pages hold every expected word in order; ${titles}/${names.length} titles match; ${metadata}/${names.length} have the expected byline, site, date and language (and ${added} facts more, where Readability found none)`,
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}
