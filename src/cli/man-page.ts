import type { Argument, Command, Help, Option } from 'commander';
import { clipboardBytes } from '../reader/clipboard.ts';
import { readerKeys } from '../reader/draw.ts';

/**
 * Text for roff. Backslashes and minus signs are escaped (an unescaped `-`
 * may become a hyphen, which breaks copying an option); double quotes too, as
 * they would delimit a macro's arguments; a leading dot or quote would make
 * the line a request.
 */
function roff(text: string): string {
  return text
    .replace(/\\/g, '\\e')
    .replace(/-/g, '\\-')
    .replace(/"/g, '\\(dq')
    .replace(/^([.'])/gm, '\\&$1');
}

/** An entry of a list: the term in bold, then what it means. */
function entry(term: string, text: string): string {
  return `.TP\n\\fB${roff(term)}\\fR\n${roff(text)}`;
}

function optionSections(program: Command, help: Help): string[] {
  const groups = new Map<string, Option[]>();
  for (const option of help.visibleOptions(program)) {
    const heading = (option.helpGroupHeading ?? 'Options:').replace(/:$/, '');
    groups.set(heading, [...(groups.get(heading) ?? []), option]);
  }
  // The descriptions as --help words them, with their choices and defaults.
  return [...groups].map(([heading, options]) =>
    [
      `.SS ${roff(heading)}`,
      ...options.map((option) => entry(option.flags, help.optionDescription(option))),
    ].join('\n'),
  );
}

/** `<shell>` as the choices it takes (bash|zsh|fish), else as its name in italics. */
function synopsisArgument(argument: Argument): string {
  return argument.argChoices
    ? argument.argChoices.map((choice) => `\\fI${roff(choice)}\\fR`).join('|')
    : `\\fI${roff(argument.name())}\\fR`;
}

function commandSynopses(program: Command, help: Help): string[] {
  return help
    .visibleCommands(program)
    .map(
      (command) =>
        `.br\n.B article ${roff(command.name())}\n${command.registeredArguments.map(synopsisArgument).join(' ')}`,
    );
}

/** The examples of --help: lines of a command and what it does, two spaces or more apart. */
function exampleEntries(examples: string): string[] {
  return examples
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [command, what] = line.trim().split(/\s{2,}/);
      return entry(command ?? '', what ?? '');
    });
}

/**
 * The man page, from the same definition of the command line as --help (a
 * test compares them). Written by the build to dist/article.1.
 */
export function manPage(program: Command, version: string, examples: string): string {
  const help = program.createHelp();
  const commands = help
    .visibleCommands(program)
    .map((command) =>
      entry(`article ${help.subcommandTerm(command)}`, help.subcommandDescription(command)),
    );
  return `.TH ARTICLE 1 "" "article-reader ${version}" "User Commands"
.SH NAME
article \\- ${roff(program.description())}
.SH SYNOPSIS
.B article
[\\fIoptions\\fR] [\\fIsection\\fR...]
${commandSynopses(program, help).join('\n')}
.SH DESCRIPTION
${roff('Prints the bundled article, or a Markdown file given with --file, formatted for the terminal, as plain text, as Markdown or as JSON. A section is named by its number (2, 2.1), its id, or words of its title; --list shows them. --depth n keeps the headings down to level n, counted from the top (1: the top-level sections), in the list and in printing alike; printed sections leave out deeper subsections with their text. A subsection printed without its parent above it has a line above its heading naming the sections it is in (2 Install › 2.1 Linux ›), in text only.')}
.SH SECTIONS
${roff("Each section argument names sections to print, each with its subsections, in the order given. A number (2, 2.1); an id (season-2-will-not-be-affected-by-backlash); or words of a title, where an exact title beats a title that starts with the words, which beats a title with all of them as whole words. A range of numbers, 2-3 or 2..3, prints everything in document order from its start through its end and the end's subsections: 1.2-3 runs from 1.2 to the end of 3, 1-1.2 is 1's own text, 1.1 and 1.2; 2.. runs to the end, ..2 from the start. Only numbers make a range, so an id with hyphens is never one, and a heading such as 2019-2020 is found by its id; a range that runs backwards (3-2) is a usage error. A heading path, install/linux or \"Installation > Linux\", names the section Linux under Installation: each step matches as a single section argument does, among the subsections of the step before it, and a number there counts from it (2/1 is 2.1); a title with a slash (TCP/IP) is still found when no path leads anywhere. A section argument that names nothing gets the closest sections as suggestions: misspelt ids and words, the last section for a number past the end, the subsections of a path's step.")}
.SH OPTIONS
${optionSections(program, help).join('\n')}
.SH COMMANDS
${commands.join('\n')}
.SH EXAMPLES
${exampleEntries(examples).join('\n')}
.SH EXIT STATUS
0 done; 1 a runtime error (no such section, an unreadable file, no search match); 2 a usage error.
.SH WATCHING
${roff("With --watch, a file is printed again whenever it changes: on a terminal the screen is cleared first; in a pipe or a file each version follows the last, and standard error says where (article: notes.md changed; its new version follows). It is never paged, and runs until interrupted (Ctrl-C: status 130, as any signal while printing) or until the reader of its pipe closes it (status 0). In the reader (-i) the text is reflowed in place, the same section and the same lines into it on top, and the status line says reloaded. The file's folder is watched, so editors that save by renaming a new file over the old one work; a file that is gone is waited for, and one that cannot be read keeps the last good version on the screen, each with a note (on standard error, or on the status line in the reader).")}
.SH KEYS
${roff('In the full-screen reader (-i). A details block (<details> in Markdown) starts folded, its summary alone on a line after ▸; o opens or closes the first summary on the screen, or, when none is on the screen, closes the open block the top line is in. A search opens the blocks around the match it shows. Leaving the reader keeps the place in the document and its marks; opening it again with -i starts there (see FILES). The status line shows the section, the share seen and the reading time left: §2/3 · 38% · 2 min left. A big document opens on its first screen and is laid out in the background (a jump, G or a search lays out as far as it needs): until then the share is an estimate, ~38%, and matches counted so far show as 3/12+. A document of 256 KB or more opens before it is parsed whole: the count of sections shows as §2/? and links to headings further on as (#id) until the rest is parsed, in the background; ] and a section number parse on only as far as their section; G, t, a search and reading on near the end finish the parse first. Links: one to a heading (#id) jumps there; a relative link to a Markdown or HTML file opens it, but only inside the first document’s folder or below (absolute paths, other drives, .. that leaves it and symbolic links out of it are refused with a note); an http or https link opens the page in the reader after y on a question; no other scheme is opened. Backspace and l go back and forward to the exact place left.')}
.PP
${roff(`y copies the Markdown of the section at the top of the screen, its subsections included (as --format markdown prints it), and Y a link to it: the path as given on the command line, or the web address, then # and the heading's id (#id alone for the bundled article). The terminal is asked to copy with OSC 52, only when the key is pressed; inside tmux, tmux passes it on with set-clipboard on. A text over ${clipboardBytes} bytes is not copied (terminals drop longer sequences), and the status line says so.`)}
${readerKeys.map(([key, what]) => entry(key, what)).join('\n')}
.SH ENVIRONMENT
.TP
.B NO_COLOR, FORCE_COLOR
${roff('turn colour off or on, below the flags')}
.TP
.B ARTICLE_PAGER, PAGER, LESS
${roff('the pager (empty or cat: none); LESS=FRX is set when LESS is unset')}
.TP
.B ARTICLE_THEME, COLORFGBG
${roff('dark, light or auto colours, below --theme (another value is an error); COLORFGBG tells auto the background')}
.SH FILES
.TP
.I $XDG_CONFIG_HOME/article/config.json
${roff('or, when XDG_CONFIG_HOME is unset or empty,')}
.I ~/.config/article/config.json\\fR:
${roff('defaults for width, theme, color, pager, links and history (flags win over them)')}
.TP
.I $XDG_STATE_HOME/article/history.json
${roff('or, when XDG_STATE_HOME is unset or empty,')}
.I ~/.local/state/article/history.json\fR:
${roff('where the reader (-i) left off in each of the 500 documents read last, and their marks; --no-history or "history": false turns it off')}
`;
}
