import { describe, expect, it } from 'vitest';
import { ArticleError } from '../../../src/errors.ts';
import { extractArticle } from '../../../src/extract/article.ts';

const long =
  'Owls hunt mostly at night, with eyes that face forward, soft feathers that make their flight silent, and hearing keen enough to find a mouse under snow.';

function extract(html: string, wholePage = false) {
  return extractArticle({ name: 'page', text: html, format: 'html' }, { wholePage });
}

describe('extractArticle', () => {
  it('gives the article as Markdown under its title, the title heading not repeated', () => {
    const { markdown, noArticle } = extract(
      `<html><head><title>Owls</title></head><body><nav>Home · Shop</nav><article><h1>Owls</h1><p>${long}</p><h2>Hunting</h2><p>${long}</p></article></body></html>`,
    );
    expect(noArticle).toBe(false);
    expect(markdown.name).toBe('page');
    expect(markdown.text).toBe(`---\ntitle: Owls\n---\n\n${long}\n\n## Hunting\n\n${long}\n`);
  });

  it('writes a title that YAML would misread so that it reads back the same', () => {
    const { markdown } = extract(
      `<html><head><title>Owls: "night" # birds</title></head><body><p>${long}</p></body></html>`,
    );
    expect(markdown.text.startsWith('---\ntitle: \'Owls: "night" # birds\'\n---\n')).toBe(true);
  });

  it('keeps code languages, tables, and drops scripts, styles and forms', () => {
    const { markdown } = extract(
      `<html><body><article><p>${long}</p><script>alert(1)</script><style>p{}</style><form><input value="x"></form><pre><code class="language-python">print(1)</code></pre><table><tr><th>A</th></tr><tr><td>1</td></tr></table></article></body></html>`,
    );
    expect(markdown.text).toContain('```python\nprint(1)\n```');
    expect(markdown.text).toContain('| A |\n| --- |\n| 1 |');
    expect(markdown.text).not.toMatch(/alert|p\{\}|value/);
  });

  it('reads a fragment without html or body as a page', () => {
    const { markdown } = extract(`<p>${long}</p>`);
    expect(markdown.text).toBe(`${long}\n`);
  });

  it('gives the whole page when asked, or when no article is found', () => {
    const page = `<html><head><title>T</title></head><body><nav>Home</nav><article><p>${long}</p></article></body></html>`;
    expect(extract(page, true).markdown.text).toContain('Home');
    const aside = extract(
      '<html><head><title>T</title></head><body><aside>A note.</aside></body></html>',
    );
    expect(aside.noArticle).toBe(true);
    expect(aside.markdown.text).toBe('---\ntitle: T\n---\n\nA note.\n');
  });

  it('refuses a page with no text', () => {
    expect(() => extract('<html><body><div> </div></body></html>')).toThrow(ArticleError);
  });
});
