import { Chalk } from 'chalk';

export type Style = (text: string) => string;

/** Every style the text format uses, by role. With colour off each one is the identity. */
export interface Theme {
  readonly colour: boolean;
  readonly title: Style;
  readonly heading: Style;
  readonly subheading: Style;
  readonly rule: Style;
  readonly strong: Style;
  readonly em: Style;
  readonly del: Style;
  readonly codespan: Style;
  readonly code: Style;
  readonly link: Style;
  readonly href: Style;
  readonly image: Style;
  readonly quoteBar: Style;
  readonly listMarker: Style;
  readonly tableHeader: Style;
  readonly html: Style;
  readonly notice: Style;
  readonly muted: Style;
  /** A search match. */
  readonly match: Style;
}

const identity: Style = (text) => text;

/**
 * Colours come from the 16 basic ANSI colours, which the terminal's own palette
 * adapts to its background; a private Chalk instance at a fixed level keeps
 * chalk from sniffing process.argv and the environment on its own.
 */
export function createTheme(colour: boolean): Theme {
  if (!colour) {
    const plain: Style = identity;
    return {
      colour,
      title: plain,
      heading: plain,
      subheading: plain,
      rule: plain,
      strong: plain,
      em: plain,
      del: plain,
      codespan: plain,
      code: plain,
      link: plain,
      href: plain,
      image: plain,
      quoteBar: plain,
      listMarker: plain,
      tableHeader: plain,
      html: plain,
      notice: plain,
      muted: plain,
      match: plain,
    };
  }
  const chalk = new Chalk({ level: 1 });
  return {
    colour,
    title: chalk.bold.magenta,
    heading: chalk.bold.cyan,
    subheading: chalk.bold,
    rule: chalk.dim,
    strong: chalk.bold,
    em: chalk.italic,
    del: chalk.strikethrough,
    codespan: chalk.yellow,
    code: chalk.yellow,
    link: chalk.cyan,
    href: chalk.blue.underline,
    image: chalk.italic,
    quoteBar: chalk.dim,
    listMarker: chalk.cyan,
    tableHeader: chalk.bold,
    html: chalk.dim,
    notice: chalk.italic,
    muted: chalk.dim,
    match: chalk.inverse,
  };
}
