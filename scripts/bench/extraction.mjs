// How well reader mode finds the article on real news pages: the article-extraction benchmark's
// F1 of 4-word shingles (shingles.mjs) of `article PAGE --plain --links none` (its title line
// removed) against the article body people marked.
//   node scripts/bench/extraction.mjs [folder] [--pages]
// folder defaults to ../shared/data/article-extraction; --pages lists every page's scores,
// worst first. run.mjs prints the overall row.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { overallScore, pageScore } from './shingles.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
export const defaultFolder = join(root, '../shared/data/article-extraction');

/** The plain text `article` prints for a page given on standard input, without its title line. */
function articleText(html, options = []) {
  return new Promise((done, fail) => {
    const args = [join(root, 'bin/article.cjs'), '-f', '-', '--from', 'html', '--plain'];
    const child = spawn(process.execPath, [...args, '-w', '0', ...options], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.on('error', fail);
    child.on('close', () => done(Buffer.concat(chunks).toString('utf8').replace(/^.*\n/, '')));
    child.stdin.on('error', () => {});
    child.stdin.end(html);
  });
}

/** `--links none` where this build has it: link targets and images are not article text. */
function linkOptions() {
  const help = readFileSync(join(root, 'dist/article.cjs'), 'utf8');
  return help.includes('--links') ? ['--links', 'none'] : [];
}

/** Every page's score, computed a few pages at a time. */
export async function scorePages(folder = defaultFolder) {
  const truth = JSON.parse(readFileSync(join(folder, 'ground-truth.json'), 'utf8'));
  const keys = readdirSync(join(folder, 'html'))
    .filter((name) => name.endsWith('.html.gz'))
    .map((name) => name.replace(/\.html\.gz$/, ''))
    .filter((key) => truth[key] !== undefined)
    .sort();
  const options = linkOptions();
  const scores = new Array(keys.length);
  let next = 0;
  async function worker() {
    while (next < keys.length) {
      const index = next++;
      const key = keys[index];
      const html = gunzipSync(readFileSync(join(folder, 'html', `${key}.html.gz`)));
      const output = await articleText(html, options);
      scores[index] = { key, url: truth[key].url, ...pageScore(truth[key].articleBody, output) };
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, os.availableParallelism()) }, worker));
  return scores;
}

/** The overall precision, recall and F1, or undefined when the pages are not there. */
export async function extractionScore(folder = defaultFolder) {
  if (!existsSync(join(folder, 'ground-truth.json'))) return undefined;
  const scores = await scorePages(folder);
  return { pages: scores.length, ...overallScore(scores) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const folder = resolve(args.find((arg) => !arg.startsWith('--')) ?? defaultFolder);
  if (!existsSync(join(folder, 'ground-truth.json'))) {
    console.error(`no benchmark pages at ${folder}: give the folder with ground-truth.json`);
    process.exit(2);
  }
  const scores = await scorePages(folder);
  if (args.includes('--pages')) {
    const f1 = ({ precision, recall }) => (2 * precision * recall) / (precision + recall || 1);
    for (const score of [...scores].sort((a, b) => f1(a) - f1(b))) {
      const figures = `P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)}`;
      console.log(`${f1(score).toFixed(3)}  ${figures}  ${score.key.slice(0, 8)}  ${score.url}`);
    }
  }
  const { precision, recall, f1 } = overallScore(scores);
  const figures = `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`;
  console.log(`${scores.length} pages: F1 ${f1.toFixed(3)} (${figures})`);
}
