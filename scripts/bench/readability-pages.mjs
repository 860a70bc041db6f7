// How much of Readability's expected article the built `article` keeps, on all of Readability's
// test pages: `node scripts/bench/readability-pages.mjs [readability-test-pages.tar.gz]`
// (default ../shared/data/readability-test-pages.tar.gz). For each page, whether the plain text
// holds every word of expected.html in order, and whether its first line is the expected title.
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
  if (result.status !== 0) return { missing: `status ${result.status}`, titleMatches: false };
  const firstLine = result.stdout.split('\n')[0]?.trim();
  return {
    missing: firstMissingWord(expected, result.stdout),
    titleMatches: !title || firstLine === title.replace(/\s+/g, ' ').trim(),
  };
}

const folder = mkdtempSync(join(tmpdir(), 'readability-pages-'));
try {
  spawnSync('tar', ['xzf', tarball, '-C', folder], { stdio: 'inherit' });
  const pages = join(folder, 'test-pages');
  let complete = 0;
  let titles = 0;
  const names = readdirSync(pages).sort();
  for (const name of names) {
    const { missing, titleMatches } = checkPage(join(pages, name));
    if (!missing) complete++;
    if (titleMatches) titles++;
    if (missing || !titleMatches) {
      console.log(
        `${name}: ${missing ? `lost ${JSON.stringify(missing)}` : ''} ${titleMatches ? '' : 'title differs'}`,
      );
    }
  }
  console.log(
    `${complete}/${names.length} pages hold every expected word in order; ${titles}/${names.length} titles match`,
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}
