import { describe, expect, it } from 'vitest';
import {
  frontMatterFields,
  hasMetadata,
  metadataValue,
} from '../../../src/extract/metadata-fields.ts';

describe('metadataValue', () => {
  it('collapses white space and trims, and gives nothing for blank text', () => {
    expect(metadataValue('siteName', '  Example\n\t News  ')).toBe('Example News');
    expect(metadataValue('siteName', ' \n ')).toBeUndefined();
  });

  it('takes "By" off a byline and drops one that is an address', () => {
    expect(metadataValue('byline', 'By Jane Doe')).toBe('Jane Doe');
    expect(metadataValue('byline', 'by: Jane Doe')).toBe('Jane Doe');
    expect(metadataValue('byline', 'Byron Smith')).toBe('Byron Smith');
    expect(metadataValue('byline', 'By')).toBeUndefined();
    expect(metadataValue('byline', 'https://example.com/jane')).toBeUndefined();
    expect(metadataValue('byline', 'www.example.com/jane')).toBeUndefined();
  });

  it('keeps only absolute http(s) addresses, resolving a relative one against a base', () => {
    expect(metadataValue('canonical', 'https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(metadataValue('canonical', '/a', 'http://example.com/x/y')).toBe('http://example.com/a');
    expect(metadataValue('canonical', '/a')).toBeUndefined();
    for (const address of [
      'javascript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'ftp://example.com/',
    ])
      expect(metadataValue('canonical', address, 'https://example.com/')).toBeUndefined();
    expect(metadataValue('canonical', `https://example.com/${'a'.repeat(3000)}`)).toBeUndefined();
  });

  it('keeps a language that looks like a language tag', () => {
    expect(metadataValue('lang', 'en')).toBe('en');
    expect(metadataValue('lang', 'pt_BR')).toBe('pt-BR');
    expect(metadataValue('lang', 'zh-Hant-TW')).toBe('zh-Hant-TW');
    expect(metadataValue('lang', 'English (US)')).toBeUndefined();
    expect(metadataValue('lang', '<script>')).toBeUndefined();
    expect(metadataValue('lang', `en${'-abc'.repeat(20)}`)).toBeUndefined();
  });

  it('cuts long text at a space, with an ellipsis, never inside a character', () => {
    const excerpt = metadataValue('excerpt', 'word '.repeat(1000)) ?? '';
    expect(excerpt.length).toBeLessThanOrEqual(300);
    expect(excerpt).toMatch(/^(?:word )*word…$/);
    const emoji = metadataValue('siteName', '🦉'.repeat(200)) ?? '';
    expect(emoji.length).toBeLessThanOrEqual(120);
    expect(emoji).toMatch(/^(?:🦉)+…$/u);
  });

  it('keeps control characters, for rendering to show', () => {
    expect(metadataValue('siteName', 'A\u001b[2J\u009bB')).toBe('A\u001b[2J\u009bB');
  });
});

describe('the front matter fields', () => {
  it('are the names Markdown users already write', () => {
    expect(frontMatterFields).toEqual({
      byline: 'author',
      siteName: 'site_name',
      published: 'date',
      lang: 'lang',
      canonical: 'canonical_url',
      excerpt: 'description',
    });
  });

  it('say whether a document has any metadata', () => {
    expect(hasMetadata({})).toBe(false);
    expect(hasMetadata({ byline: undefined })).toBe(false);
    expect(hasMetadata({ lang: 'en' })).toBe(true);
  });
});
