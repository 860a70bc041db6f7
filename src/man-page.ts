import type { Command, Option } from 'commander';

/** Text for roff: backslashes and leading dots or quotes would be read as requests. */
function roff(text: string): string {
  return text
    .replace(/\\/g, '\\e')
    .replace(/-/g, '\\-')
    .replace(/^([.'])/gm, '\\&$1');
}

/**
 * The man page, from the same definition of the command line as --help (a
 * test compares them). Written by the build to dist/article.1.
 */
export function manPage(program: Command, version: string, examples: string): string {
  const groups = new Map<string, Option[]>();
  for (const option of program.createHelp().visibleOptions(program)) {
    const heading = (option.helpGroupHeading ?? 'Options:').replace(/:$/, '');
    groups.set(heading, [...(groups.get(heading) ?? []), option]);
  }
  const options = [...groups].map(([heading, list]) =>
    [
      `.SS ${roff(heading)}`,
      ...list.map((option) => {
        const choices = option.argChoices ? ` (${option.argChoices.join(', ')})` : '';
        return `.TP\n.B ${roff(option.flags)}\n${roff(option.description + choices)}`;
      }),
    ].join('\n'),
  );
  const exampleLines = examples
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [command, what] = line.trim().split(/\s{2,}/);
      return `.TP\n.B ${roff(command ?? '')}\n${roff(what ?? '')}`;
    });
  return `.TH ARTICLE 1 "" "article-reader ${version}" "User Commands"
.SH NAME
article \\- ${roff(program.description())}
.SH SYNOPSIS
.B article
[\\fIoptions\\fR] [\\fIsection\\fR...]
.br
.B article completion
\\fIbash\\fR|\\fIzsh\\fR|\\fIfish\\fR
.SH DESCRIPTION
${roff('Prints the bundled article, or a Markdown file given with --file, formatted for the terminal, as plain text, as Markdown or as JSON. A section is named by its number (2, 2.1), its id, or words of its title; --list shows them.')}
.SH OPTIONS
${options.join('\n')}
.SH EXAMPLES
${exampleLines.join('\n')}
.SH EXIT STATUS
0 done; 1 a runtime error (no such section, an unreadable file, no search match); 2 a usage error.
.SH ENVIRONMENT
.TP
.B NO_COLOR, FORCE_COLOR
${roff('turn colour off or on, below the flags')}
.TP
.B ARTICLE_PAGER, PAGER, LESS
${roff('the pager (empty or cat: none); LESS=FRX is set when LESS is unset')}
.TP
.B ARTICLE_THEME, COLORFGBG
${roff('dark or light colours; COLORFGBG tells auto the background')}
.SH FILES
.TP
.I $XDG_CONFIG_HOME/article/config.json
${roff('defaults for width, theme, color and pager (flags win)')}
`;
}
