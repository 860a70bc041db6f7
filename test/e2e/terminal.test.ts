import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { runInTerminal } from '../helpers/pty.ts';
import { runArticle } from '../helpers/run.ts';

const ESC = '\x1b';
const sgr = /\x1b\[[0-9;]*m/;

/** Text as a pipe delivers it, in the shape of runInTerminal's screen: lines trimmed, no blank tail. */
function pipeLines(text: string): string[] {
  const lines = text.split('\n').map((line) => line.trimEnd());
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  return lines;
}

const widest = (lines: readonly string[]) => Math.max(...lines.map((line) => stringWidth(line)));

describe('article in a pseudo-terminal', () => {
  it('colours and wraps to the terminal at 60 columns', async () => {
    const result = await runInTerminal([], { cols: 60 });
    expect(result.exitCode).toBe(0);
    expect(result.raw).toMatch(sgr);
    // Logical lines join the terminal's soft wraps: a line wider than the screen would show here.
    expect(result.lines).toEqual(result.screen);
    expect(widest(result.lines)).toBeLessThanOrEqual(60);
    // Wrapped at 60, not at the pipe's 80 or the cap of 100.
    expect(widest(result.lines)).toBeGreaterThan(50);
    expect(result.screen[0]).toBe('13 Reasons Why season 2 goes ahead despite the backlash');
  });

  it('caps the width at 100 in a wide terminal', async () => {
    const result = await runInTerminal([], { cols: 150 });
    expect(result.exitCode).toBe(0);
    expect(widest(result.lines)).toBeLessThanOrEqual(100);
    expect(widest(result.lines)).toBeGreaterThan(90);
  });

  it.each<{ name: string; args: string[]; env: Record<string, string> }>([
    { name: '--plain', args: ['--plain'], env: {} },
    { name: 'NO_COLOR=1', args: [], env: { NO_COLOR: '1' } },
    { name: 'FORCE_COLOR=0', args: [], env: { FORCE_COLOR: '0' } },
    // chalk's own detection reads process.argv: a bare `--color` there means "force colour on".
    { name: '--color never', args: ['--color', 'never'], env: {} },
    { name: '--color=never', args: ['--color=never'], env: {} },
    { name: '--no-color', args: ['--no-color'], env: {} },
    { name: '--color never --list', args: ['--color', 'never', '--list'], env: {} },
  ])('writes no escape sequence at all with $name', async ({ args, env }) => {
    const result = await runInTerminal(args, { cols: 80, env });
    expect(result.exitCode).toBe(0);
    expect(result.screen.length).toBeGreaterThan(5);
    expect(result.raw).not.toContain(ESC);
  });

  it('colours with --color always, and with --color=always, on the terminal', async () => {
    for (const args of [['--color', 'always'], ['--color=always']]) {
      const result = await runInTerminal(args, { cols: 80 });
      expect(result.exitCode).toBe(0);
      expect(result.raw).toMatch(sgr);
    }
  });

  it('lists the sections with --list', async () => {
    const result = await runInTerminal(['--list'], { cols: 80 });
    expect(result.exitCode).toBe(0);
    expect(result.raw).toMatch(sgr);
    expect(result.screen[0]).toBe('13 Reasons Why season 2 goes ahead despite the backlash');
    expect(result.screen).toContainEqual(expect.stringMatching(/^1 {2}Introduction\b/));
    expect(result.screen).toContainEqual(
      expect.stringMatching(/^2 {2}Season 2 will not be affected by backlash\b/),
    );
    expect(result.screen).toContainEqual(
      expect.stringMatching(/^3 {2}Katherine Langford and Dylan Minnette talk about season two\b/),
    );
    expect(result.screen.at(-1)).toBe('3 sections, 549 words, 3 min read');
    expect(widest(result.lines)).toBeLessThanOrEqual(80);
  });

  it('lays out the same text with colour as without', async () => {
    const coloured = await runInTerminal(['--color', 'always', '-w', '60'], { cols: 80 });
    const piped = runArticle(['--plain', '-w', '60']);
    expect(coloured.exitCode).toBe(0);
    expect(piped.status).toBe(0);
    expect(coloured.raw).toMatch(sgr);
    expect(coloured.lines).toEqual(coloured.screen);
    expect(coloured.screen).toEqual(pipeLines(piped.stdout));
  });

  it('shows the whole article at -w 70 in an 80x24 terminal as in the golden file', async () => {
    const result = await runInTerminal(['-w', '70'], { cols: 80, rows: 24 });
    expect(result.exitCode).toBe(0);
    // Far more than one screen: the scrollback holds the rest.
    expect(result.screen.length).toBeGreaterThan(24);
    expect(widest(result.lines)).toBeLessThanOrEqual(70);
    await expect(`${result.screen.join('\n')}\n`).toMatchFileSnapshot(
      '../golden/terminal-article-w70.txt',
    );
  });

  it('exits 1 and says so on the terminal for a section that does not exist', async () => {
    const result = await runInTerminal(['nosuch'], { cols: 80 });
    expect(result.exitCode).toBe(1);
    expect(result.screen).toContainEqual(expect.stringContaining("article: no section 'nosuch'"));
  });

  it('exits 2 with a usage error for a bad width', async () => {
    const result = await runInTerminal(['-w', '5'], { cols: 80 });
    expect(result.exitCode).toBe(2);
    expect(result.screen.join('\n')).toContain('--width must be 0 or a whole number');
  });
});
