import type { Command, Option } from 'commander';
import { UsageError } from './errors.ts';

interface OptionSpec {
  readonly names: string[];
  readonly takesValue: boolean;
  readonly choices: readonly string[] | undefined;
  readonly description: string;
  readonly isFile: boolean;
}

/** The options as the completions need them, read from the one definition of the command line. */
function optionSpecs(program: Command): OptionSpec[] {
  return program
    .createHelp()
    .visibleOptions(program)
    .map((option: Option) => ({
      names: [option.short, option.long].filter((name): name is string => Boolean(name)),
      takesValue: option.required || option.optional,
      choices: option.argChoices,
      description: option.description,
      isFile: option.long === '--file',
    }));
}

/** A completion script for the shell; section numbers and ids come from `article completion sections`. */
export function completionScript(shell: string, program: Command): string {
  const specs = optionSpecs(program);
  switch (shell) {
    case 'bash':
      return bashScript(specs);
    case 'zsh':
      return zshScript(specs);
    case 'fish':
      return fishScript(specs);
    default:
      throw new UsageError(`completion: no shell '${shell}' (choose bash, zsh or fish)`);
  }
}

function bashScript(specs: OptionSpec[]): string {
  const words = specs.flatMap((spec) => spec.names).join(' ');
  const cases = specs
    .filter((spec) => spec.takesValue)
    .map((spec) => {
      const reply = spec.isFile
        ? 'COMPREPLY=($(compgen -f -- "$cur"))'
        : spec.choices
          ? `COMPREPLY=($(compgen -W "${spec.choices.join(' ')}" -- "$cur"))`
          : 'COMPREPLY=()';
      return `    ${spec.names.join('|')}) ${reply}; return ;;`;
    })
    .join('\n');
  return `# bash completion for article: article completion bash > ~/.local/share/bash-completion/completions/article
_article() {
  local cur prev file i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  case "$prev" in
${cases}
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "${words}" -- "$cur"))
    return
  fi
  file=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in -f|--file) file="\${COMP_WORDS[i+1]}" ;; esac
  done
  local IFS=$'\\n'
  COMPREPLY=($(compgen -W "$(article completion sections "$file" 2>/dev/null)" -- "$cur"))
}
complete -F _article article
`;
}

function zshScript(specs: OptionSpec[]): string {
  const quote = (text: string) => text.replace(/[[\]:']/g, (char) => `\\${char}`);
  const lines = specs.flatMap((spec) => {
    const value = spec.isFile
      ? ':file:_files'
      : spec.choices
        ? `:value:(${spec.choices.join(' ')})`
        : spec.takesValue
          ? ':value:'
          : '';
    return spec.names.map((name) => `    '${name}[${quote(spec.description)}]${value}'`);
  });
  return `#compdef article
# zsh completion for article: article completion zsh > "\${fpath[1]}/_article"
_article_sections() {
  local file=\${opt_args[--file]:-\${opt_args[-f]}}
  local -a sections
  sections=(\${(f)"$(article completion sections "$file" 2>/dev/null)"})
  _describe 'section' sections
}
_article() {
  _arguments -s \\
${lines.join(' \\\n')} \\
    '*:section:_article_sections'
}
compdef _article article
`;
}

function fishScript(specs: OptionSpec[]): string {
  const lines = specs.map((spec) => {
    const parts = ['complete -c article'];
    for (const name of spec.names)
      parts.push(name.startsWith('--') ? `-l ${name.slice(2)}` : `-s ${name.slice(1)}`);
    if (spec.isFile) parts.push('-rF');
    else if (spec.choices) parts.push(`-xa '${spec.choices.join(' ')}'`);
    else if (spec.takesValue) parts.push('-x');
    parts.push(`-d '${spec.description.replace(/'/g, "\\'")}'`);
    return parts.join(' ');
  });
  return `# fish completion for article: article completion fish > ~/.config/fish/completions/article.fish
function __article_file
  set -l words (commandline -opc)
  for i in (seq (count $words))
    if contains -- $words[$i] -f --file
      echo $words[(math $i + 1)]
    end
  end
end
complete -c article -f -a '(article completion sections (__article_file))'
${lines.join('\n')}
`;
}
