import { describe, expect, it } from 'vitest';
import { ArticleError } from '../../../src/errors.ts';
import { extractArticle } from '../../../src/extract/article.ts';

const long =
  'Owls hunt mostly at night, with eyes that face forward, soft feathers that make their flight silent, and hearing keen enough to find a mouse under snow.';

function extract(html: string, wholePage = false, wholeArticle = false) {
  return extractArticle({ name: 'page', text: html, format: 'html' }, { wholePage, wholeArticle });
}

describe('extractArticle', () => {
  it('gives the article as Markdown under its title, the title heading not repeated', () => {
    const { markdown, noArticle } = extract(
      `<html><head><title>Owls</title></head><body><nav>Home · Shop</nav><article><h1>Owls</h1><p>${long}</p><h2>Hunting</h2><p>${long}</p></article></body></html>`,
    );
    expect(noArticle).toBe(false);
    expect(markdown.name).toBe('page');
    // The excerpt, Readability's first paragraph here, is the description.
    expect(markdown.text).toBe(
      `---\ntitle: Owls\ndescription: ${long}\n---\n\n${long}\n\n## Hunting\n\n${long}\n`,
    );
  });

  it('writes a title that YAML would misread so that it reads back the same', () => {
    const { markdown } = extract(
      `<html><head><title>Owls: "night" # birds</title></head><body><p>${long}</p></body></html>`,
    );
    expect(markdown.text.startsWith('---\ntitle: \'Owls: "night" # birds\'\n')).toBe(true);
  });

  it("writes the page's metadata as front matter fields, JSON-LD read before Readability removes it", () => {
    // Without @context, which Readability's own reading of JSON-LD requires.
    const linked = JSON.stringify({
      '@type': 'NewsArticle',
      author: [{ name: 'Jane Doe' }, { name: 'John Roe' }],
      datePublished: '2024-05-02',
    });
    const { markdown } = extractArticle(
      {
        name: 'page',
        format: 'html',
        address: 'https://example.com/news/owls',
        text: `<html lang="en"><head><title>Owls</title><script type="application/ld+json">${linked}</script><meta property="og:site_name" content="Example: News"><meta name="description" content="About owls."><link rel="canonical" href="/owls"></head><body><article><p>${long}</p><p>${long}</p></article></body></html>`,
      },
      { wholePage: false },
    );
    expect(markdown.text).toBe(
      [
        '---',
        'title: Owls',
        'author: Jane Doe, John Roe',
        'site_name: "Example: News"',
        'date: 2024-05-02',
        'lang: en',
        'canonical_url: https://example.com/owls',
        'description: About owls.',
        '---',
        '',
        `${long}\n\n${long}\n`,
      ].join('\n'),
    );
  });

  it('resolves a relative canonical address as the links are, against <base href> first', () => {
    const page = `<html><head><title>Owls</title><base href="https://example.com/news/"><link rel="canonical" href="owls"></head><body><article><p>${long}</p></article></body></html>`;
    expect(extract(page).markdown.text).toContain(
      '\ncanonical_url: https://example.com/news/owls\n',
    );
    const withoutBase = page.replace('<base href="https://example.com/news/">', '');
    expect(extract(withoutBase).markdown.text).not.toContain('canonical_url');
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
    expect(markdown.text).toBe(`---\ndescription: ${long}\n---\n\n${long}\n`);
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

  it('reads a page that leaves out <html>, as HTML allows', () => {
    // The excerpt, Readability's first paragraph here, is the description.
    expect(extract(`<body><p>${long}</p></body>`).markdown.text).toBe(
      `---\ndescription: ${long}\n---\n\n${long}\n`,
    );
    expect(
      extract(`<head><title>Owls</title></head><body><p>${long}</p></body>`).markdown.text,
    ).toBe(`---\ntitle: Owls\ndescription: ${long}\n---\n\n${long}\n`);
  });

  it("keeps captions as <figcaption> blocks of text, apart from the article's paragraphs", () => {
    const { markdown } = extract(
      `<html><body><article><p>${long}</p><figure><img src="https://a.example/owl.jpg" alt="An owl"><figcaption>A barn owl <a href="/x">at dusk</a> &amp; <b>3 < 4</b></figcaption></figure><div class="photo-credit">Photo: Ann Lee</div><p>${long}</p></article></body></html>`,
    );
    expect(markdown.text).toContain(
      '![An owl](https://a.example/owl.jpg)\n\n<figcaption>A barn owl at dusk &amp; 3 &lt; 4</figcaption>\n\n<figcaption>Photo: Ann Lee</figcaption>',
    );
  });

  it('leaves out the boxes around the article, unless asked for the whole article', () => {
    const page = `<html><body><article><div class="share-tools">Share this story</div><p>${long}</p><ul><li><a href="/a">Owls of the north</a></li><li><a href="/b">Why owls hoot</a></li></ul><p>${long}</p></article></body></html>`;
    expect(extract(page).markdown.text).not.toMatch(/Share this|Owls of the north/);
    expect(extract(page, false, true).markdown.text).toMatch(/Share this[\s\S]*Owls of the north/);
  });

  it("resolves the article's links against the page's address", () => {
    const { markdown } = extractArticle(
      {
        name: 'page',
        text: `<html><body><article><p>${long} <a href="../more">More</a></p><p>${long}</p></article></body></html>`,
        format: 'html',
        address: 'https://a.example/news/owls',
      },
      { wholePage: false },
    );
    expect(markdown.text).toContain('[More](https://a.example/more)');
  });
});
