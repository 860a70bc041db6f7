import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runArticle } from '../helpers/run.ts';

/** The element fixture: its second section refers to notes 1 and 5 (note 1 first used in section 1). */
const file = 'test/fixtures/elements/footnotes.md';

describe('footnotes', () => {
  it('prints section 2 alone with its own notes and the numbers of the whole document', () => {
    const whole = runArticle(['--file', file, '--width', '60', '--plain']);
    const two = runArticle(['--file', file, '--width', '60', '--plain', '2']);
    expect(two.status).toBe(0);
    expect(two.stdout).toContain('a long note[5]');
    expect(two.stdout).toContain('\n────────────────\n[1] The first note.\n[5] A note of several');
    expect(two.stdout).not.toContain('[2]');
    // The section prints as it does in the whole document.
    expect(whole.stdout.endsWith(two.stdout)).toBe(true);
  });

  it('gives each section of --json its footnotes', () => {
    const { stdout, status } = runArticle(['--file', file, '--json', '2']);
    expect(status).toBe(0);
    const [section] = JSON.parse(stdout).sections;
    expect(section.footnotes).toEqual([
      { label: '1', number: 1, text: 'The first note.' },
      {
        label: 'long',
        number: 5,
        text: 'A note of several paragraphs. Its first paragraph is long enough to wrap at forty columns with a hanging indent.\n\nIts second paragraph is indented four spaces, as GitHub asks.\n\n    code in a note',
      },
    ]);
  });

  it('keeps the source as it is with --format markdown', () => {
    const { stdout, status } = runArticle(['--file', file, '--format', 'markdown']);
    expect(status).toBe(0);
    expect(stdout).toBe(readFileSync(file, 'utf8'));
  });

  it('prints no definition and no reference raw, but a reference nothing defines', () => {
    const { stdout } = runArticle(['--file', file, '--width', '80', '--plain']);
    expect(stdout).not.toMatch(/\[\^(?!missing\])/);
    expect(stdout).toContain('nothing defines[^missing]');
    expect(stdout).not.toContain('Nothing refers to this note');
  });
});
