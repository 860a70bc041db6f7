import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeHTML } from 'entities';
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/front-matter.ts';
import {
  controlCharacter,
  firstMissingWord,
  jsonProblems,
  overflowingLines,
  renderAll,
  showControlsAsArticleDoes,
} from '../helpers/render.ts';
import { root } from '../helpers/run.ts';

/**
 * The README files of the project's own dependencies: real Markdown as people
 * write it (badges, HTML, tables, long code, reference links), through the
 * whole pipeline. The set is whatever is installed, so every check holds for
 * any README, not for a list of expected outputs.
 */

const largest = 1024 * 1024;
const most = 300;

function findReadmes(): { name: string; markdown: string }[] {
  const folder = join(root, 'node_modules');
  const seen = new Set<string>();
  const found: { name: string; markdown: string }[] = [];
  const paths = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((path) => basename(path).toLowerCase() === 'readme.md')
    .sort();
  for (const path of paths) {
    const full = join(folder, path);
    const stats = statSync(full);
    if (!stats.isFile() || stats.size > largest) continue;
    const markdown = readFileSync(full, 'utf8');
    // The same README comes with every copy of a package.
    const digest = createHash('sha256').update(markdown).digest('hex');
    if (seen.has(digest)) continue;
    seen.add(digest);
    found.push({ name: path, markdown });
    if (found.length === most) break;
  }
  return found;
}

const readmes = findReadmes();

/**
 * The words a browser would show of the same Markdown, as marked's own HTML
 * renderer writes it (tags removed, entities decoded, controls shown as
 * article shows them). Article lexes with marked too, so this checks that its
 * layout loses and reorders nothing, not that marked follows CommonMark.
 */
function referenceText(markdown: string): string {
  const html = new Marked({ gfm: true, async: false }).parse(splitFrontMatter(markdown).body);
  // Comments first: one may hold a tag, and article shows no comment.
  const text = (html as string).replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]*>/g, ' ');
  return showControlsAsArticleDoes(decodeHTML(text));
}

/** How many times each letter and digit occurs: wrapping moves text, it must not lose any. */
function letterCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [letter] of text.matchAll(/[\p{L}\p{N}]/gu)) {
    counts.set(letter, (counts.get(letter) ?? 0) + 1);
  }
  return counts;
}

function lostLetters(whole: string, wrapped: string): string[] {
  const after = letterCounts(wrapped);
  return [...letterCounts(whole)]
    .filter(([letter, count]) => (after.get(letter) ?? 0) < count)
    .map(([letter, count]) => `${letter}: ${count} -> ${after.get(letter) ?? 0}`);
}

describe('README files of the dependencies', () => {
  it('are found', () => {
    expect(readmes.length).toBeGreaterThan(20);
  });

  it.each(readmes.map((readme) => [readme.name, readme.markdown] as const))(
    '%s',
    async (_name, markdown) => {
      const problems: string[] = [];
      const render = async (format: 'text' | 'json' | 'list', width: number) => {
        const result = await renderAll(markdown, { format, colour: false, width });
        const where = `${format} width ${width}`;
        if (result.status !== 0) problems.push(`${where}: status ${result.status}`);
        if (result.stderr) problems.push(`${where}: stderr ${result.stderr}`);
        const control = controlCharacter(result.stdout);
        if (control) problems.push(`${where}: control character ${control}`);
        if (width > 0 && format !== 'json') {
          for (const line of overflowingLines(result.stdout, width)) {
            problems.push(`${where}: line wider than ${width}: ${JSON.stringify(line)}`);
          }
        }
        return result.stdout;
      };

      const whole = await render('text', 0);
      const missing = firstMissingWord(referenceText(markdown), whole);
      if (missing) problems.push(`text width 0: a word of marked's HTML is missing: ${missing}`);
      for (const width of [80, 40]) {
        const lost = lostLetters(whole, await render('text', width));
        if (lost.length > 0) problems.push(`text width ${width}: lost letters ${lost.join(', ')}`);
        await render('list', width);
      }
      problems.push(...jsonProblems(await render('json', 80)).map((problem) => `json: ${problem}`));
      expect(problems).toEqual([]);
    },
  );
});
