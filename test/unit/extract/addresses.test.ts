import { describe, expect, it } from 'vitest';
import { baseAddress, largestCandidate, resolveAddresses } from '../../../src/extract/addresses.ts';
import { parsePage } from '../../../src/extract/page.ts';

function resolved(html: string, address: string | undefined): Element {
  const page = parsePage(html);
  const body = page.body as unknown as Element;
  resolveAddresses(body, baseAddress(page, address));
  return body;
}

describe('baseAddress', () => {
  it('is the page address, or its <base href> resolved against it', () => {
    const page = (head: string) => parsePage(`<html><head>${head}</head><body></body></html>`);
    expect(baseAddress(page(''), 'https://a.example/news/story')).toBe(
      'https://a.example/news/story',
    );
    expect(baseAddress(page('<base href="/static/">'), 'https://a.example/news/story')).toBe(
      'https://a.example/static/',
    );
    expect(baseAddress(page('<base href="https://cdn.example/x/">'), undefined)).toBe(
      'https://cdn.example/x/',
    );
    expect(baseAddress(page('<base href="/static/">'), undefined)).toBeUndefined();
    expect(baseAddress(page(''), undefined)).toBeUndefined();
  });
});

describe('resolveAddresses', () => {
  it('resolves relative links and images against the base, leaving links within the page', () => {
    const body = resolved(
      '<html><head><base href="/b/"></head><body><a href="x.html">x</a><a href="#notes">n</a><a href="mailto:a@b.example">m</a><img src="../i.png"></body></html>',
      'https://a.example/news/story',
    );
    const hrefs = [...body.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(['https://a.example/b/x.html', '#notes', 'mailto:a@b.example']);
    expect(body.querySelector('img')?.getAttribute('src')).toBe('https://a.example/i.png');
  });

  it('leaves relative addresses as written when there is no absolute base', () => {
    const body = resolved(
      '<html><body><a href="x.html">x</a><img src="i.png"></body></html>',
      undefined,
    );
    expect(body.querySelector('a')?.getAttribute('href')).toBe('x.html');
    expect(body.querySelector('img')?.getAttribute('src')).toBe('i.png');
  });

  it('finds lazy images in data-src, srcset and <picture> sources', () => {
    const body = resolved(
      `<html><body>
        <img id="a" src="data:image/gif;base64,R0lGOD" data-src="/real.jpg">
        <img id="b" srcset="small.jpg 480w, large.jpg 960w">
        <picture><source srcset="/p.webp 1x, /p2.webp 2x"><img id="c"></picture>
        <img id="d" src="kept.png" data-src="other.png">
      </body></html>`,
      'https://a.example/',
    );
    const src = (id: string) => body.querySelector(`#${id}`)?.getAttribute('src');
    expect(src('a')).toBe('https://a.example/real.jpg');
    expect(src('b')).toBe('https://a.example/large.jpg');
    expect(src('c')).toBe('https://a.example/p2.webp');
    expect(src('d')).toBe('https://a.example/kept.png');
  });
});

describe('largestCandidate', () => {
  it('picks the widest or densest candidate, skipping inline pictures', () => {
    expect(largestCandidate('a.jpg 480w, b.jpg 960w, c.jpg 720w')).toBe('b.jpg');
    expect(largestCandidate('a.jpg, b.jpg 2x')).toBe('b.jpg');
    expect(largestCandidate('data:image/png;base64,AAAA 3x, b.jpg 1x')).toBe('b.jpg');
    expect(largestCandidate('https://x.example/a,b.jpg 2x')).toBe('https://x.example/a,b.jpg');
    expect(largestCandidate('')).toBeUndefined();
  });
});
