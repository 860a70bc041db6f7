import type { PageLink } from './page-links.ts';

/** The rows of the page on the screen: from `top`, `height` of them. */
export interface Screen {
  readonly top: number;
  readonly height: number;
}

const firstLine = (link: PageLink) => link.pieces[0]?.line ?? 0;
const onScreen = (link: PageLink, { top, height }: Screen) =>
  link.pieces.some((piece) => piece.line >= top && piece.line < top + height);

/** The links with a piece on the screen, in reading order. */
export function linksOnScreen(links: readonly PageLink[], screen: Screen): PageLink[] {
  return links.filter((link) => onScreen(link, screen));
}

/** The link focused next and the top that shows it; undefined when there is none that way. */
export interface FocusMove {
  readonly index: number;
  readonly top: number;
}

/**
 * Tab (`step` 1) and Shift-Tab (-1), as a browser moves focus: from the
 * focused link when it is on the screen to the next one in reading order;
 * else to the first link on the screen (the last, going back), else to the
 * first beyond it. A link off the screen is scrolled to, as little as shows
 * it whole on the screen's last row (the first, going back).
 */
export function moveFocus(
  links: readonly PageLink[],
  screen: Screen,
  focused: number | undefined,
  step: 1 | -1,
): FocusMove | undefined {
  const at = links.findIndex((link) => link.index === focused);
  const current = at !== -1 && onScreen(links[at] as PageLink, screen) ? at : undefined;
  const next = current !== undefined ? links[current + step] : firstFrom(links, screen, step);
  if (!next) return undefined;
  return { index: next.index, top: topShowing(next, screen) };
}

/** With nothing focused on the screen: the first link on it or below (the last on it or above, going back). */
function firstFrom(links: readonly PageLink[], screen: Screen, step: 1 | -1): PageLink | undefined {
  const bottom = screen.top + screen.height;
  if (step === 1)
    return links.find((link) => link.pieces.some((piece) => piece.line >= screen.top));
  return links.findLast((link) => firstLine(link) < bottom);
}

function topShowing(link: PageLink, screen: Screen): number {
  if (onScreen(link, screen)) return screen.top;
  const first = firstLine(link);
  const last = link.pieces.at(-1)?.line ?? first;
  if (first < screen.top) return first;
  return Math.max(first - screen.height + 1, Math.min(first, last - screen.height + 1));
}

/** What typing a hint's number has chosen: a link's number on the screen (1 up), or none yet, or none at all. */
export type HintChoice = number | 'more' | 'none';

/**
 * The link that the digits typed pick of `count` numbered 1 up: a number
 * that no longer number starts with is chosen at once (with 12 links, `3`
 * is; `1` waits, for `12`, or Enter), as vimium's hints are.
 */
export function hintChoice(typed: string, count: number, entered = false): HintChoice {
  if (!/^\d*$/.test(typed)) return 'none';
  if (!typed) return entered ? 'none' : 'more';
  const number = Number(typed);
  if (number < 1 || number > count || typed.startsWith('0')) return 'none';
  return entered || number * 10 > count ? number : 'more';
}
