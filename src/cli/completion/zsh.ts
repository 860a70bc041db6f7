import type { CommandLineSpec, OptionSpec } from './spec.ts';

/** Text in single quotes for zsh. */
const singleQuoted = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** `[`, `]`, `:` and `\` are special to _arguments in a description. */
const forArguments = (text: string) => text.replace(/[[\]:\\]/g, '\\$&');

/** The value of the first of these options given: ${opt_args[--file]:-${opt_args[-f]}}. */
function firstGiven(names: readonly string[]): string {
  const [name, ...rest] = names;
  return rest.length ? `\${opt_args[${name}]:-${firstGiven(rest)}}` : `\${opt_args[${name}]}`;
}

/**
 * The _arguments specs of an option. A value may follow a short option in the
 * same word (-fnotes.md) and a long one after = (--file=notes.md), as
 * commander allows.
 */
function specs(option: OptionSpec): string[] {
  const value = option.isFile
    ? ':file:_files'
    : option.choices
      ? `:value:(${option.choices.join(' ')})`
      : option.takesValue
        ? ':value:'
        : '';
  const joined = (name: string) =>
    option.takesValue ? `${name}${name.startsWith('--') ? '=' : '+'}` : name;
  return option.names.map((name) =>
    singleQuoted(`${joined(name)}[${forArguments(option.description)}]${value}`),
  );
}

export function zshScript({ options, commands, file }: CommandLineSpec): string {
  const commandCases = commands
    .map(
      (command) =>
        `      ${command.name}) (( CURRENT == 3 )) && _wanted values expl ${command.name} compadd ${command.choices.join(' ')}; return ;;`,
    )
    .join('\n');
  return `#compdef article
# zsh completion for article: article completion zsh > "\${fpath[1]}/_article"

# Section numbers and ids of the file after -f or --file (or subsection paths). opt_args holds it as
# typed, with its backslashes and colons escaped once more: that is undone, (Q)
# removes the quotes and a leading ~ becomes $HOME. Nothing is evaluated.
_article_sections() {
  setopt localoptions extendedglob
  local file=${firstGiven([...file.names].reverse())} home=
  file=\${file//(#b)\\\\([\\\\:])/$match[1]}
  if [[ $file == '~' || $file == '~/'* ]]; then
    home=$HOME
    file=\${file#\\~}
  fi
  file=$home\${(Q)file}
  local -a sections
  # The word typed goes too: after a /, the paths to the subsections of the section before it.
  sections=(\${(f)"$(article completion sections "$file" "\${(Q)PREFIX}" 2>/dev/null </dev/null)"})
  _wanted sections expl section compadd -a sections
}

_article() {
  if (( CURRENT > 2 )); then
    case $words[2] in
${commandCases}
    esac
  fi
  _arguments -s \\
${options
  .flatMap(specs)
  .map((spec) => `    ${spec}`)
  .join(' \\\n')} \\
    '*:section:_article_sections'
}

# From $fpath (as compinit autoloads it) this file is the body of _article: it
# completes at once. Sourced, it registers _article for article.
if [ "$funcstack[1]" = "_article" ]; then
  _article "$@"
else
  compdef _article article
fi
`;
}
