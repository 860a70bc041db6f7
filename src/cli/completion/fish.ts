import type { CommandLineSpec, OptionSpec } from './spec.ts';

/** Text in single quotes for fish, where `\` escapes `'` and itself. */
const singleQuoted = (text: string) => `'${text.replace(/[\\']/g, '\\$&')}'`;

function optionLine(option: OptionSpec): string {
  const parts = ['complete -c article'];
  if (option.short) parts.push(`-s ${option.short.slice(1)}`);
  if (option.long) parts.push(`-l ${option.long.slice(2)}`);
  if (option.isFile) parts.push('-rF');
  else if (option.choices) parts.push(`-xa ${singleQuoted(option.choices.join(' '))}`);
  else if (option.takesValue) parts.push('-x');
  parts.push(`-d ${singleQuoted(option.description)}`);
  return parts.join(' ');
}

/** The switch cases that find the file's name in a word: -f notes.md, --file=notes.md, -fnotes.md. */
function fileCases(file: OptionSpec): string {
  const cases = [
    `            case ${file.names.join(' ')}
                set file $words[(math $i + 1)]`,
  ];
  if (file.long) {
    cases.push(`            case '${file.long}=*'
                set file (string replace -- ${file.long}= '' $words[$i])`);
  }
  if (file.short) {
    cases.push(`            case '${file.short}?*'
                set file (string sub -s 3 -- $words[$i])`);
  }
  return cases.join('\n');
}

export function fishScript({ options, commands, file }: CommandLineSpec): string {
  const commandLines = commands.map(
    (command) =>
      `complete -c article -n '__article_command_argument ${command.name}' -xa ${singleQuoted(command.choices.join(' '))}`,
  );
  return `# fish completion for article: article completion fish > ~/.config/fish/completions/article.fish

# The file after the last -f or --file. commandline -o has removed its quotes;
# a leading ~ becomes $HOME here. Nothing is evaluated.
function __article_file
    set -l words (commandline -opc)
    set -l file
    for i in (seq 2 (count $words))
        switch $words[$i]
${fileCases(file)}
        end
    end
    # Always one word, empty for none: the word being completed comes after it.
    set -q file[1]; or set file ''
    string replace -r -- '^~(?=/|$)' $HOME $file
end

# Whether the command line so far is "article <command>": the command's argument comes next.
function __article_command_argument
    set -l words (commandline -opc)
    test (count $words) -eq 2; and test $words[2] = $argv[1]
end

# Whether a command (not sections) follows "article".
function __article_after_command
    set -l words (commandline -opc)
    test (count $words) -ge 2; and contains -- $words[2] ${commands.map((command) => command.name).join(' ')}
end

# After a command: its argument, then nothing (no file names either).
complete -c article -n __article_after_command -f
${commandLines.join('\n')}
complete -c article -n 'not __article_after_command' -f -a '(article completion sections (__article_file) (commandline -ct) 2>/dev/null </dev/null)'
${options.map(optionLine).join('\n')}
`;
}
