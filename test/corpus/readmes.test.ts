import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeHTML } from 'entities';
import { nameToEmoji } from 'gemoji';
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/markdown/front-matter.ts';
import { unexplainedBreaks } from '../helpers/broken-words.ts';
import {
  controlCharacter,
  controlsAsSpaces,
  firstMissingWord,
  jsonProblems,
  overflowingLines,
  plainLayout,
  type RenderFormat,
  renderAll,
  stripSgr,
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
 * renderer writes it (tags removed, entities decoded, controls as word
 * breaks). Article lexes with marked too, so this checks that its
 * layout loses and reorders nothing, not that marked follows CommonMark.
 */
function referenceText(markdown: string): string {
  const html = new Marked({ gfm: true, async: false }).parse(splitFrontMatter(markdown).body);
  // Comments first: one may hold a tag, and article shows no comment.
  const text = (html as string).replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]*>/g, ' ');
  return withoutGithubMarks(controlsAsSpaces(decodeHTML(text)));
}

/**
 * Without what GitHub shows otherwise than marked's HTML: an alert's marker
 * (`[!NOTE]`, shown as its label) and any word holding a listed emoji
 * shortcode (`:tada:`, shown as its emoji outside code). The check is then
 * looser by those words only.
 */
function withoutGithubMarks(text: string): string {
  return text
    .replace(/\[!(?:note|tip|important|warning|caution)\]/gi, ' ')
    .replace(/\S*:([a-z0-9_+-]+):\S*/g, (word, name: string) =>
      Object.hasOwn(nameToEmoji, name) ? ' ' : word,
    );
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

/**
 * Lines wider than the width that hold more than one word, words being split
 * at breaking white space only: a no-break space (U+00A0) joins its words.
 */
function breakableOverflow(text: string, width: number): string[] {
  return overflowingLines(text, width).filter((line) =>
    /\S[^\S\u00a0]+\S/.test(line.replace(/^(?:[\s•│]|\d+\.)+/u, '')),
  );
}

describe('README files of the dependencies', () => {
  it('are found', () => {
    expect(readmes.length).toBeGreaterThan(20);
  });

  it.each(readmes.map((readme) => [readme.name, readme.markdown] as const))(
    '%s',
    async (_name, markdown) => {
      const problems: string[] = [];
      const render = async (format: RenderFormat, width: number, colour = false) => {
        const result = await renderAll(markdown, { format, colour, width });
        const where = `${format} width ${width}${colour ? ' colour' : ''}`;
        if (result.status !== 0) problems.push(`${where}: status ${result.status}`);
        if (result.stderr) problems.push(`${where}: stderr ${result.stderr}`);
        if (format === 'markdown') return result.stdout;
        // With colour, article's own SGR sequences are the only escapes.
        const visible = colour ? stripSgr(result.stdout) : result.stdout;
        const control = controlCharacter(visible);
        if (control) problems.push(`${where}: control character ${control}`);
        if (width > 0 && format !== 'json') {
          for (const line of breakableOverflow(visible, width)) {
            problems.push(`${where}: line wider than ${width}: ${JSON.stringify(line)}`);
          }
        }
        return visible;
      };

      const whole = await render('text', 0);
      const reference = referenceText(markdown);
      const missing = firstMissingWord(reference, whole);
      if (missing) problems.push(`text width 0: a word of marked's HTML is missing: ${missing}`);
      for (const width of [80, 40, 20]) {
        const wrapped = await render('text', width);
        const lost = lostLetters(whole, wrapped);
        if (lost.length > 0) problems.push(`text width ${width}: lost letters ${lost.join(', ')}`);
        // Words stay whole unless wider than their column, in prose, grids and code alike.
        for (const problem of unexplainedBreaks(reference, whole, wrapped, width)) {
          problems.push(`text width ${width}: ${problem}`);
        }
        await render('list', width);
        // Colour adds SGR sequences and changes nothing else, the layout included.
        const coloured = await render('text', width, true);
        if (width !== 80 && plainLayout(coloured) !== plainLayout(wrapped)) {
          problems.push(`text width ${width}: colour changed the text`);
        }
      }
      problems.push(...jsonProblems(await render('json', 80)).map((problem) => `json: ${problem}`));
      // The source as it is (line ends made LF, as on reading), less front matter.
      if (
        (await render('markdown', 80)) !== splitFrontMatter(markdown.replace(/\r\n?/g, '\n')).body
      ) {
        problems.push('markdown: source not given back as is');
      }
      expect(problems).toEqual([]);
    },
  );
});
