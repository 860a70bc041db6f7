// The bench's rows for scripts other than English: 1 MB of Chinese, of Japanese, of Korean mixed
// with English, and of emoji with combining marks (generate-scripts.mjs), each printed by the
// built article at width 80, plain and in colour, interleaved round by round with 1 MB of English
// printed the same way; each row's ratio is to English in the same mode (goal: at most 1.5).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { generateScriptMarkdown } from './generate-scripts.mjs';

export const scriptDocuments = [
  ['chinese', 'Chinese', '1mb-chinese.md'],
  ['japanese', 'Japanese', '1mb-japanese.md'],
  ['korean', 'Korean with English', '1mb-korean.md'],
  ['emoji', 'emoji and combining marks', '1mb-emoji.md'],
];

const modes = [
  ['plain', ['--plain']],
  ['colour', ['--color', 'always']],
];

/**
 * Writes the documents into `folder` once (the same bytes every time); returns their paths by
 * script, English being `english` (the bench's 1mb.md).
 */
export function ensureScriptDocuments(folder, english, log) {
  mkdirSync(folder, { recursive: true });
  const files = { english };
  for (const [script, , name] of scriptDocuments) {
    files[script] = `${folder}/${name}`;
    if (!existsSync(files[script])) {
      log(`generating .bench/${name}`);
      writeFileSync(files[script], generateScriptMarkdown(script, 1_000_000));
    }
  }
  return files;
}

/** The commands, English and each script in each mode, for `interleave` in run.mjs. */
export function scriptCommands(article, files) {
  const commands = [];
  for (const [mode, flags] of modes) {
    for (const script of ['english', ...scriptDocuments.map(([name]) => name)]) {
      commands.push({
        key: `${script}-${mode}`,
        what: `${script} ${mode}`,
        argv: [...article, '--file', files[script], ...flags, '--width', '80'],
      });
    }
  }
  return commands;
}

/** One row for English in each mode, then one for each script with its ratio to English. */
export function scriptRows(times, timeRow, format) {
  const rows = [];
  for (const [mode, flags] of modes) {
    const english = times[`english-${mode}`];
    rows.push(timeRow(`1 MB of English, \`${flags.join(' ')} --width 80\``, english));
    for (const [script, what] of scriptDocuments) {
      const measured = times[`${script}-${mode}`];
      const ratio = measured.median / english.median;
      rows.push(
        timeRow(
          `1 MB of ${what}, \`${flags.join(' ')} --width 80\``,
          measured,
          `${format(ratio)} English`,
          '≤ 1.5× English',
          ratio <= 1.5 ? 'yes' : '**no**',
        ),
      );
    }
  }
  return rows;
}
