import { Readable, Writable } from 'node:stream';
import stringWidth from 'string-width';
import { main } from '../../src/main.ts';

export { plainLayout } from './plain-layout.ts';

export type RenderFormat = 'text' | 'markdown' | 'json' | 'list';

export interface RenderOptions {
  readonly format: RenderFormat;
  readonly colour: boolean;
  /** Columns; 0 turns wrapping off. */
  readonly width: number;
  /** More arguments, after the ones the options give (`--json` with `list`, section references). */
  readonly extra?: readonly string[];
}

export interface RenderResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number;
}

/**
 * Runs the real pipeline in process, as `article --file - --from markdown`
 * would run in a pipe (the text is Markdown, whatever its start looks like):
 * `main` with the Markdown on a non-terminal standard input, output
 * collected from a real Writable (so that `writeOutput`'s drain and error
 * handling are exercised), and an empty environment.
 */
export async function renderAll(markdown: string, options: RenderOptions): Promise<RenderResult> {
  const argv = [
    '--file',
    '-',
    '--from',
    'markdown',
    ...(options.format === 'list' ? ['--list'] : ['--format', options.format]),
    '--width',
    String(options.width),
    '--color',
    options.colour ? 'always' : 'never',
    ...(options.extra ?? []),
  ];
  let stdout = '';
  let stderr = '';
  const stdin = Object.assign(Readable.from([Buffer.from(markdown)]), { isTTY: false });
  const output = Object.assign(
    new Writable({
      decodeStrings: false,
      write(chunk: string | Buffer, _encoding, callback) {
        stdout += String(chunk);
        callback();
      },
    }),
    { isTTY: false },
  );
  const status = await main(argv, {
    stdin,
    stdout: output,
    stderr: {
      write(text: string) {
        stderr += text;
        return true;
      },
    },
    env: {},
  });
  return { stdout, stderr, status };
}

/** Article's own colours: SGR sequences, the only escapes its text format writes. */
export function stripSgr(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

/** The first control character but newline (ESC, BEL, CSI, backspace, carriage return, tab…), described. */
export function controlCharacter(text: string): string | undefined {
  const found = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.exec(text);
  if (!found) return undefined;
  const code = found[0].charCodeAt(0).toString(16).padStart(4, '0');
  return `U+${code} in ${JSON.stringify(text.slice(Math.max(0, found.index - 20), found.index + 20))}`;
}

/**
 * Lines wider than the width in terminal cells, other than those holding a
 * single word once their leading list markers, quote bars and spaces are off:
 * a word wider than the width has nowhere to break.
 */
export function overflowingLines(text: string, width: number): string[] {
  return text.split('\n').filter((line) => {
    if (stringWidth(line) <= width) return false;
    const words = line
      .replace(/^(?:[\s•│]|\d+\.)+/u, '')
      .trim()
      .split(/\s+/);
    return words.length > 1;
  });
}

/**
 * Text with its control characters (C0, DEL, C1) and format characters (bidi
 * overrides, zero-width joiners) as word breaks. Article shows controls as
 * `^[` or `<U+202E>` (tested in test/unit/render/controls.test.ts); reference
 * text made this way is checked word by word without repeating that rule, and
 * the words on either side of such a character must still be there.
 */
export function controlsAsSpaces(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}]/gu, ' ');
}

/**
 * The first word of `expected` (split on white space) that is not found in
 * `actual` after the previous one, with where the search stood; undefined
 * when every word is there in order.
 */
export function firstMissingWord(expected: string, actual: string): string | undefined {
  let at = 0;
  for (const word of expected.split(/\s+/)) {
    if (!word) continue;
    const found = actual.indexOf(word, at);
    if (found === -1) {
      return `${JSON.stringify(word)} not found after ${JSON.stringify(actual.slice(Math.max(0, at - 30), at))}|${JSON.stringify(actual.slice(at, at + 60))}`;
    }
    at = found + word.length;
  }
  return undefined;
}

/** What is wrong with `--json` output: not JSON, or a section's plain text with a control character. */
export function jsonProblems(output: string): string[] {
  let data: { sections?: { number?: string; text?: string }[] };
  try {
    data = JSON.parse(output) as typeof data;
  } catch {
    return ['not JSON'];
  }
  return (data.sections ?? []).flatMap((section) => {
    const control = controlCharacter(section.text ?? '');
    return control ? [`section ${section.number}: control character ${control}`] : [];
  });
}
