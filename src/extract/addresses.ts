import type { Page } from './page.ts';

/**
 * The address a page's relative links resolve against, as a browser finds
 * it: its `<base href>` (itself resolved against the page's address), else
 * the page's address; undefined when neither gives an absolute address (a
 * saved page without either keeps its links as written).
 */
export function baseAddress(page: Page, address: string | undefined): string | undefined {
  const base = page.querySelector('base[href]')?.getAttribute('href')?.trim();
  return absolute(base, address) ?? absolute(address, undefined);
}

/**
 * Makes the links and images of an element point where they point on the
 * page: lazy images get the address their scripts would have set, and
 * relative addresses are resolved against the base. Links within the page
 * (`#notes`) stay as they are.
 */
export function resolveAddresses(element: Element, base: string | undefined): void {
  for (const image of [...element.querySelectorAll('img')]) {
    const src = imageSource(image);
    if (src !== undefined) image.setAttribute('src', src);
  }
  if (base === undefined) return;
  for (const link of [...element.querySelectorAll('a[href]')]) {
    const href = link.getAttribute('href') ?? '';
    if (!href.startsWith('#')) link.setAttribute('href', absolute(href, base) ?? href);
  }
  for (const image of [...element.querySelectorAll('img[src]')]) {
    const src = image.getAttribute('src') ?? '';
    image.setAttribute('src', absolute(src, base) ?? src);
  }
}

/** Attributes where pages that load their images late keep the real address. */
const lazySources = ['data-src', 'data-lazy-src', 'data-original', 'data-url'];

/**
 * Where an image really is, when its `src` is missing or a placeholder (a
 * tiny inline picture): a lazy-loading attribute, its `srcset`, or the
 * `srcset` of a `<source>` of its `<picture>`. Undefined when `src` stands.
 */
function imageSource(image: Element): string | undefined {
  const src = image.getAttribute('src')?.trim() ?? '';
  if (src && !src.startsWith('data:')) return undefined;
  for (const name of lazySources) {
    const value = image.getAttribute(name)?.trim();
    if (value && !value.startsWith('data:')) return value;
  }
  const sets = [
    image.getAttribute('data-srcset'),
    image.getAttribute('srcset'),
    ...[...(image.closest('picture')?.querySelectorAll('source') ?? [])].map(
      (source) => source.getAttribute('srcset') ?? source.getAttribute('data-srcset'),
    ),
  ];
  for (const set of sets) {
    const largest = largestCandidate(set ?? '');
    if (largest) return largest;
  }
  return undefined;
}

/** The address of a `srcset`'s largest candidate (`a.jpg 480w, b.jpg 960w` gives b.jpg). */
export function largestCandidate(srcset: string): string | undefined {
  let best: { url: string; size: number } | undefined;
  for (const { url, descriptor } of candidates(srcset)) {
    if (url.startsWith('data:')) continue;
    const size = Number.parseFloat(descriptor) || 1;
    if (!best || size > best.size) best = { url, size };
  }
  return best?.url;
}

/**
 * A `srcset`'s candidates, as HTML splits them: an address runs to white
 * space (it may hold commas, as inline pictures do), commas that end it
 * belong to the list, and a descriptor (`2x`, `480w`) runs to the next comma.
 */
function candidates(srcset: string): { url: string; descriptor: string }[] {
  const found: { url: string; descriptor: string }[] = [];
  const pattern = /[\s,]*([^\s]+)/y;
  let match = pattern.exec(srcset);
  while (match?.[1]) {
    const written = match[1];
    const url = written.replace(/,+$/, '');
    let descriptor = '';
    if (url === written) {
      const rest = /\s*([^,]*)/y;
      rest.lastIndex = pattern.lastIndex;
      descriptor = rest.exec(srcset)?.[1]?.trim() ?? '';
      pattern.lastIndex = rest.lastIndex;
    }
    found.push({ url, descriptor });
    match = pattern.exec(srcset);
  }
  return found;
}

/** `address` made absolute against `base`, or undefined when it cannot be (no base, not an address). */
function absolute(address: string | undefined, base: string | undefined): string | undefined {
  if (!address) return undefined;
  try {
    return new URL(address, base).href;
  } catch {
    return undefined;
  }
}
