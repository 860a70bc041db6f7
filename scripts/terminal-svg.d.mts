// Types of terminal-svg.mjs, for the test that imports it.

export interface Picture {
  /** Where the SVG goes, relative to the repository. */
  readonly file: string;
  /** The arguments of `article`. */
  readonly args: readonly string[];
  readonly cols: number;
  readonly rows: number;
  /** For an interactive picture: keys to type, each once the screen shows what the one before waits for. */
  readonly steps?: readonly { readonly keys: string; readonly until: string | RegExp }[];
}

/** The repository's root folder. */
export const root: string;
/** The README's pictures. */
export const pictures: readonly Picture[];
/** The SVG of one picture, from a fresh run of the built `article`. */
export function renderPicture(picture: Picture, options?: { timeout?: number }): Promise<string>;
