import { Argument, Command, CommanderError, Option } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { UsageError } from '../errors.ts';
import { type Format, type LinkMode, linkModes } from '../render/display.ts';
import { type SourceFormat, sourceFormats } from '../source/format.ts';
import { defaultWebChoices } from '../source/source.ts';
import { isWebAddress } from '../source/web/address.ts';
import {
  type ColourChoice,
  type DisplayChoices,
  type HyperlinkChoice,
  parseWidth,
  type ThemeChoice,
  themeChoices,
} from './display.ts';
import { documentArgument } from './document-argument.ts';
import { examples } from './examples.ts';
import { parseDepth, parseTimeout } from './option-values.ts';

/** What the user asked for, as the pipeline's stages understand it. */
export interface Request extends DisplayChoices {
  readonly references: readonly string[];
  readonly list: boolean;
  /** --depth: headings down to this level from the document's top (1: the top-level sections); undefined: all. */
  readonly depth?: number | undefined;
  readonly file: string | undefined;
  /** Read the file as this format, whatever its name or start says. */
  readonly from?: SourceFormat | undefined;
  /** HTML: the whole page, not the article reader mode finds in it. */
  readonly wholePage: boolean;
  /** A web address: the seconds its reading may take, and whether to skip the cache. */
  readonly timeout: number;
  readonly refresh: boolean;
  /** HTML: the article as Readability finds it, the boxes and link lists inside it kept. */
  readonly wholeArticle?: boolean | undefined;
  readonly format: Format;
  readonly notice: boolean;
  /** Text to search for, case-insensitively. */
  readonly search: string | undefined;
  readonly interactive: boolean;
  /** -i: resume where each document was left and keep the place (false: --no-history; undefined: the configuration, else on). */
  readonly history?: boolean | undefined;
  /** true: page on a terminal; false: never; undefined: when taller than the screen. */
  readonly pager: boolean | undefined;
  /** The pager command from the configuration, below $ARTICLE_PAGER and above $PAGER. */
  readonly pagerCommand?: string | undefined;
  /** --watch: print the file again, or reflow the reader, whenever it changes. */
  readonly watch?: boolean;
}

/** Help or version text: printed, then the program ends with status 0. */
export interface Information {
  readonly information: string;
}

/**
 * The shells `article completion` writes scripts for. Here, not in completion.ts,
 * because this module is loaded at every start and that one only when asked.
 */
export const shells = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof shells)[number];
/** "bash, zsh or fish", for messages. */
export const shellNames = `${shells.slice(0, -1).join(', ')} or ${shells.at(-1)}`;

/**
 * `article completion <shell>`. main.ts runs it before the options are parsed,
 * so it is no command of commander's (which would change how a command line of
 * sections is parsed): it is only shown, by --help, the man page and the
 * completions (which offer its shells).
 */
function completionCommand(): Command {
  return new Command('completion')
    .description(`print the completion script for a shell: ${shellNames}`)
    .addArgument(new Argument('<shell>').choices(shells));
}

/**
 * The command line, defined once: --help, the man page (man-page.ts) and
 * the shell completions (completion.ts) are all generated from it.
 */
export function buildProgram(): Command {
  const program = new Command('article')
    .description('Read an article in the terminal, whole or by section.')
    .usage('[options] [file.md|file.html|URL] [section...]')
    .argument(
      '[section...]',
      'sections to print: a number (2, 2.1), an id, words of a title, a range of numbers (2-3, 2.., ..2) or a heading path (install/linux)',
    );
  return readingOptions(program)
    .optionsGroup('Output:')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'markdown', 'json'])
        .default('text'),
    )
    .option('--json', 'the same as --format json')
    .addOption(new Option('--color <when>', 'colour the text').choices(['auto', 'always', 'never']))
    .option('--no-color', 'the same as --color never')
    .option('-p, --plain', 'plain text: no colour, no Markdown syntax (the same as --color never)')
    .option(
      '-w, --width <n>',
      'wrap at n columns; 0 turns wrapping off (default: terminal, at most 100; else 80)',
    )
    .addOption(
      new Option(
        '--theme <theme>',
        'colours for a dark or light background (default: auto, from COLORFGBG)',
      ).choices(themeChoices),
    )
    .addOption(
      new Option(
        '--hyperlinks <when>',
        'make links clickable (OSC 8) where the terminal supports it',
      ).choices(['auto', 'always', 'never']),
    )
    .addOption(linksOption())
    .option('--pager', 'page the output on a terminal even when it fits on the screen')
    .option('--no-pager', 'never page the output')
    .optionsGroup('Navigation:')
    .option('-l, --list', 'list the sections: number, title, id, words, reading time')
    .option('--depth <n>', 'only the headings down to level n, listed or printed (1: the top)')
    .option('-s, --search <text>', 'print the sentences that contain the text, by section')
    .option(
      '-i, --interactive',
      'read in a full-screen reader: scroll, jump between sections, search',
    )
    .option('--no-history', 'with -i: neither resume where you left off nor keep the place')
    .optionsGroup('Other:')
    .configureHelp({ visibleCommands: () => [completionCommand()] })
    .version(packageJson.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', examples)
    .showSuggestionAfterError(true)
    .allowExcessArguments(false);
}

/** The options of the Reading group: what to read, and how to fetch and take it. */
function readingOptions(program: Command): Command {
  return program
    .optionsGroup('Reading:')
    .option(
      '-f, --file <path>',
      'read this Markdown or HTML file or http(s) address instead of the bundled article (- for stdin)',
    )
    .addOption(
      new Option(
        '--from <format>',
        'read the file as this format (default: by its extension, else by its start)',
      ).choices(sourceFormats),
    )
    .option('--whole-page', 'HTML: show the whole page, not only the article found in it')
    .option(
      '--whole-article',
      'HTML: the article as Readability finds it, share bars, bylines and link lists kept',
    )
    .option('--timeout <seconds>', 'a web address: give up after this many seconds (default: 30)')
    .option('--refresh', 'a web address: fetch it anew, not from the cache')
    .option('--no-notice', 'leave out the closing note on where to find help')
    .option(
      '--watch',
      'a file: print it again (in the reader, reflow it in place) whenever it changes',
    );
}

/** `--links`: how links print in text; no default here, so that the configuration's can apply. */
function linksOption(): Option {
  return new Option(
    '--links <mode>',
    'how links print in text: text (url), text[1] with the addresses listed under each section, or the text alone (default: inline)',
  ).choices(linkModes);
}

/**
 * Maps the command line onto a Request. Commander's own exits (help, version,
 * bad options) come back as values, so that output and status are decided in
 * one place.
 */
export function parseCommandLine(argv: readonly string[]): Request | Information {
  let written = '';
  // The last colour flag wins: -p sets what --color and --no-color set (these two share a value).
  const program = buildProgram()
    .on('option:plain', () => program.setOptionValueWithSource('color', 'never', 'cli'))
    .exitOverride()
    .configureOutput({
      writeOut: (text) => {
        written += text;
      },
      writeErr: (text) => {
        written += text;
      },
      outputError: () => {},
    });
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return { information: written };
      throw new UsageError(oneLine(error.message));
    }
    throw error;
  }
  const options = program.opts<Options>();
  rejectBadCombinations(options, program.getOptionValueSource('format') === 'cli');
  const { file, references } = documentArgument(options.file, program.args);
  if (options.watch && !isWatchable(file)) throw new UsageError('--watch needs a file');
  return {
    references,
    list: options.list ?? false,
    depth: options.depth === undefined ? undefined : parseDepth(options.depth),
    file,
    from: options.from,
    wholePage: options.wholePage ?? false,
    timeout:
      options.timeout === undefined ? defaultWebChoices.timeout : parseTimeout(options.timeout),
    refresh: options.refresh ?? false,
    wholeArticle: options.wholeArticle ?? false,
    format: options.json ? 'json' : options.format,
    colour: options.color === false ? 'never' : options.color,
    width: options.width === undefined ? undefined : parseWidth(options.width),
    theme: options.theme,
    hyperlinks: options.hyperlinks ?? 'auto',
    links: options.links,
    notice: options.notice,
    search: options.search,
    interactive: options.interactive ?? false,
    history: options.history === false ? false : undefined,
    pager: options.pager,
    watch: options.watch ?? false,
  };
}

/** The options as commander parsed them. */
interface Options {
  list?: boolean;
  depth?: string;
  file?: string;
  from?: SourceFormat;
  wholePage?: boolean;
  timeout?: string;
  refresh?: boolean;
  wholeArticle?: boolean;
  format: Format;
  json?: boolean;
  color?: ColourChoice | false;
  plain?: boolean;
  width?: string;
  notice: boolean;
  theme?: ThemeChoice;
  hyperlinks?: HyperlinkChoice;
  links?: LinkMode;
  search?: string;
  interactive?: boolean;
  history?: boolean;
  pager?: boolean;
  watch?: boolean;
}

/** Options that are each valid but say contradictory things together, or nothing at all. */
function rejectBadCombinations(options: Options, formatGiven: boolean): void {
  if (options.file === '') throw new UsageError('--file needs a path (- for standard input)');
  if (options.wholePage && options.wholeArticle) {
    throw new UsageError('--whole-page and --whole-article cannot be used together');
  }
  if (options.search !== undefined && options.list) {
    throw new UsageError('--search and --list cannot be used together');
  }
  if (options.json && options.format !== 'json' && formatGiven) {
    throw new UsageError(`--json and --format ${options.format} cannot be used together`);
  }
  if (options.search !== undefined && !options.search.trim()) {
    throw new UsageError('--search needs a text to look for');
  }
  const printingOnly = printingOnlyOption(options);
  if (options.interactive && printingOnly) {
    throw new UsageError(`--interactive and ${printingOnly} cannot be used together`);
  }
}

/** The first option given that only printing uses, which the full-screen reader would ignore. */
function printingOnlyOption(options: Options): string | undefined {
  if (options.search !== undefined) return '--search';
  if (options.list) return '--list';
  if (options.depth !== undefined) return '--depth';
  if (options.json) return '--json';
  return options.format === 'text' ? undefined : `--format ${options.format}`;
}

/** A file on disk: not the bundled article, standard input or a web address, which never change. */
function isWatchable(file: string | undefined): file is string {
  return file !== undefined && file !== '-' && !isWebAddress(file);
}

/** Commander's "error: x\n(Did you mean y?)" as one line without its prefix. */
function oneLine(message: string): string {
  return message
    .replace(/^error: /, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
}
