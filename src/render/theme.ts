import type { ChalkInstance } from 'chalk';
import { chalk as loadChalk } from '../libraries.ts';

export type Style = (text: string) => string;

export type Role =
  | 'title'
  | 'heading'
  | 'subheading'
  | 'rule'
  | 'strong'
  | 'em'
  | 'del'
  | 'codespan'
  | 'code'
  | 'codeKeyword'
  | 'codeLiteral'
  | 'codeString'
  | 'codeComment'
  | 'codeTitle'
  | 'link'
  | 'href'
  | 'image'
  | 'quoteBar'
  | 'alertNote'
  | 'alertTip'
  | 'alertImportant'
  | 'alertWarning'
  | 'alertCaution'
  | 'listMarker'
  | 'tableHeader'
  | 'notice'
  | 'muted'
  | 'match';

/** Every style the text format uses, by role. With colour off each one is the identity. */
export type Theme = { readonly colour: boolean } & { readonly [role in Role]: Style };

/** How a role looks: a colour of xterm's 256 (whose RGB values are fixed) and attributes. */
export interface Look {
  readonly colour?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly strikethrough?: boolean;
  readonly inverse?: boolean;
}

export type ThemeName = 'dark' | 'light';

/**
 * The palettes, as data. Colours are from xterm's 256-colour table, which
 * terminals do not remap as they do the 16 basic colours, so that their
 * contrast against the assumed background can be computed (a test holds every
 * colour to WCAG AA, 4.5:1).
 */
export const palettes: Readonly<
  Record<ThemeName, { background: string; looks: Record<Role, Look> }>
> = {
  dark: {
    background: '#1c1c1c',
    looks: {
      title: { colour: 213, bold: true },
      heading: { colour: 117, bold: true },
      subheading: { bold: true },
      rule: { colour: 245 },
      strong: { bold: true },
      em: { italic: true },
      del: { strikethrough: true },
      codespan: { colour: 222 },
      code: { colour: 222 },
      codeKeyword: { colour: 141 },
      codeLiteral: { colour: 215 },
      codeString: { colour: 114 },
      codeComment: { colour: 245, italic: true },
      codeTitle: { colour: 117 },
      link: { colour: 117 },
      href: { colour: 111, underline: true },
      image: { italic: true },
      quoteBar: { colour: 245 },
      // GitHub's colours for alerts: blue, green, purple, amber, red.
      alertNote: { colour: 75, bold: true },
      alertTip: { colour: 114, bold: true },
      alertImportant: { colour: 141, bold: true },
      alertWarning: { colour: 214, bold: true },
      alertCaution: { colour: 203, bold: true },
      listMarker: { colour: 117 },
      tableHeader: { bold: true },
      notice: { italic: true },
      muted: { colour: 245 },
      match: { inverse: true },
    },
  },
  light: {
    background: '#ffffff',
    looks: {
      title: { colour: 127, bold: true },
      heading: { colour: 25, bold: true },
      subheading: { bold: true },
      rule: { colour: 242 },
      strong: { bold: true },
      em: { italic: true },
      del: { strikethrough: true },
      codespan: { colour: 130 },
      code: { colour: 130 },
      codeKeyword: { colour: 90 },
      codeLiteral: { colour: 130 },
      codeString: { colour: 28 },
      codeComment: { colour: 242, italic: true },
      codeTitle: { colour: 25 },
      link: { colour: 25 },
      href: { colour: 26, underline: true },
      image: { italic: true },
      quoteBar: { colour: 242 },
      alertNote: { colour: 26, bold: true },
      alertTip: { colour: 28, bold: true },
      alertImportant: { colour: 91, bold: true },
      alertWarning: { colour: 94, bold: true },
      alertCaution: { colour: 160, bold: true },
      listMarker: { colour: 25 },
      tableHeader: { bold: true },
      notice: { italic: true },
      muted: { colour: 242 },
      match: { inverse: true },
    },
  },
};

const identity: Style = (text) => text;

/**
 * The full-screen reader's own marks over the text: search matches, the
 * current one, the chosen entry of the contents, the status line. Attributes
 * only, the same in every theme: the reader draws them with colour off as
 * well, since a terminal that shows the reader shows them.
 */
export const readerLooks = {
  match: { inverse: true },
  currentMatch: { underline: true, inverse: true },
  chosen: { inverse: true },
  status: { inverse: true },
} as const satisfies Record<string, Look>;

export type ReaderMarks = { readonly [mark in keyof typeof readerLooks]: Style };

let marks: ReaderMarks | undefined;

export function readerMarks(): ReaderMarks {
  if (marks) return marks;
  const chalk = newChalk();
  const drawn = {} as Record<keyof typeof readerLooks, Style>;
  for (const [mark, look] of Object.entries(readerLooks))
    drawn[mark as keyof typeof readerLooks] = style(chalk, look);
  marks = drawn;
  return marks;
}

/**
 * A private Chalk instance at a fixed level keeps chalk from sniffing
 * process.argv and the environment on its own: colour is decided once, in
 * src/cli/display.ts.
 */
export function createTheme(colour: boolean, name: ThemeName = 'dark'): Theme {
  const { looks } = palettes[name];
  // Loaded only for colour: plain text needs no chalk at all.
  const chalk = colour ? newChalk() : undefined;
  const theme = { colour } as { colour: boolean } & Record<Role, Style>;
  for (const role of Object.keys(looks) as Role[])
    theme[role] = chalk ? style(chalk, looks[role]) : identity;
  return theme;
}

function newChalk(): ChalkInstance {
  return new (loadChalk().Chalk)({ level: 2 });
}

function style(chalk: ChalkInstance, look: Look): Style {
  let painter = chalk;
  if (look.colour !== undefined) painter = painter.ansi256(look.colour);
  if (look.bold) painter = painter.bold;
  if (look.italic) painter = painter.italic;
  if (look.underline) painter = painter.underline;
  if (look.strikethrough) painter = painter.strikethrough;
  if (look.inverse) painter = painter.inverse;
  return (text) => painter(text);
}

/** RGB of an xterm 256-colour index. */
export function xtermRgb(index: number): [number, number, number] {
  const basic = [
    [0, 0, 0],
    [205, 0, 0],
    [0, 205, 0],
    [205, 205, 0],
    [0, 0, 238],
    [205, 0, 205],
    [0, 205, 205],
    [229, 229, 229],
    [127, 127, 127],
    [255, 0, 0],
    [0, 255, 0],
    [255, 255, 0],
    [92, 92, 255],
    [255, 0, 255],
    [0, 255, 255],
    [255, 255, 255],
  ] as const;
  if (index < 16) return [...(basic[index] ?? [0, 0, 0])] as [number, number, number];
  if (index >= 232) {
    const grey = 8 + (index - 232) * 10;
    return [grey, grey, grey];
  }
  const cube = index - 16;
  const level = (value: number) => (value === 0 ? 0 : 55 + value * 40);
  return [level(Math.floor(cube / 36)), level(Math.floor(cube / 6) % 6), level(cube % 6)];
}
