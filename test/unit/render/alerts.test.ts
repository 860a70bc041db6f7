import { Lexer, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { alertKinds, alertLabelText, alertLooks, alertOf } from '../../../src/render/alerts.ts';

/** The first block of `markdown`, a quote. */
const quote = (markdown: string) => new Lexer({ gfm: true }).lex(markdown)[0] as Tokens.Blockquote;
const alert = (markdown: string) => alertOf(quote(markdown));
/** What the alert holds, as the source of its blocks' text. */
const held = (markdown: string) =>
  alert(markdown)?.tokens.map((token) => ('text' in token ? token.text : token.type));

describe('alertOf', () => {
  it('finds each of the five kinds, in any case', () => {
    expect(alert('> [!NOTE]\n> text')?.kind).toBe('note');
    expect(alert('> [!tip]\n> text')?.kind).toBe('tip');
    expect(alert('> [!Important]\n> text')?.kind).toBe('important');
    expect(alert('> [!WARNING]\n> text')?.kind).toBe('warning');
    expect(alert('> [!caution]\n> text')?.kind).toBe('caution');
  });

  it('gives the blocks without the marker, its spans kept', () => {
    expect(held('> [!NOTE]\n> Some *text*\n> more')).toEqual(['Some *text*\nmore']);
    const [paragraph] = alert('> [!NOTE]\n> Some *text*')?.tokens ?? [];
    expect((paragraph as Tokens.Paragraph).tokens.map((token) => token.type)).toEqual([
      'text',
      'em',
    ]);
    expect((paragraph as Tokens.Paragraph).tokens[0]?.raw).toBe('Some ');
  });

  it('takes a hard break or spaces after the marker as the end of its line', () => {
    expect(held('> [!NOTE]  \n> text')).toEqual(['text']);
    expect(held('> [!NOTE]\t\n> text')).toEqual(['text']);
  });

  it('keeps the blocks after a marker that stands as a paragraph of its own', () => {
    expect(held('> [!TIP]\n>\n> para')).toEqual(['space', 'para']);
    expect(held('> [!TIP]\n> - a\n> - b')).toEqual(['list']);
  });

  it('is no alert for a marker with text after it, an unknown kind, or nothing under it', () => {
    expect(alert('> [!NOTE] on the same line\n> text')).toBeUndefined();
    expect(alert('> [!FOO]\n> text')).toBeUndefined();
    expect(alert('> [!NOTES]\n> text')).toBeUndefined();
    expect(alert('> text\n> [!NOTE]\n> more')).toBeUndefined();
    expect(alert('> [!NOTE]')).toBeUndefined();
    expect(alert('> [!NOTE]\n>')).toBeUndefined();
    expect(alert('> \\[!NOTE]\n> text')).toBeUndefined();
    expect(alert('> # [!NOTE]\n> text')).toBeUndefined();
  });

  it('labels each kind as GitHub does, with a symbol one cell wide', () => {
    expect(alertKinds.map(alertLabelText)).toEqual([
      'ℹ Note',
      '✦ Tip',
      '❢ Important',
      '⚠ Warning',
      '✖ Caution',
    ]);
    for (const kind of alertKinds) expect([...alertLooks[kind].symbol]).toHaveLength(1);
  });
});
