import type { CommandLineSpec, OptionSpec } from './spec.ts';

/** `printf` of words one a line, for _article_add_matching. */
const lines = (words: readonly string[]) => `printf '%s\\n' ${words.join(' ')}`;

/**
 * Functions that do not depend on the options. Words are matched with a loop,
 * not `compgen -W`, which would expand them; the file after --file is
 * unquoted character by character, never evaluated.
 */
const helpers = `# Adds to COMPREPLY the words (one a line on standard input) that start with $cur.
_article_add_matching() {
  local word
  while IFS= read -r word; do
    [[ $word == "$cur"* ]] && COMPREPLY+=("$word")
  done
}

# A word as the shell would pass it: quotes and backslashes removed.
_article_unquote() {
  local word=$1 text= quote= char i
  for ((i = 0; i < \${#word}; i++)); do
    char=\${word:i:1}
    if [[ $quote == "'" ]]; then
      if [[ $char == "'" ]]; then quote=; else text+=$char; fi
    elif [[ $char == '\\' ]]; then
      i=$((i + 1))
      # Between double quotes a backslash only escapes $ \` " and itself.
      if [[ $quote == '"' && \${word:i:1} != [\\$\\\`\\"\\\\] ]]; then text+='\\'; fi
      text+=\${word:i:1}
    elif [[ $quote == '"' ]]; then
      if [[ $char == '"' ]]; then quote=; else text+=$char; fi
    elif [[ $char == "'" || $char == '"' ]]; then
      quote=$char
    else
      text+=$char
    fi
  done
  printf '%s' "$text"
}

# The path a word names: unquoted, with a leading ~ (not quoted) as $HOME.
_article_path() {
  local word=$1 home=
  if [[ $word == '~' || $word == '~/'* ]]; then
    home=$HOME
    word=\${word:1}
  fi
  printf '%s%s' "$home" "$(_article_unquote "$word")"
}

# File names: bash-completion's _filedir where it is loaded; else one a line
# (names with spaces stay whole), with -o filenames, so that bash quotes them
# and ends folders with a slash.
_article_files() {
  if declare -F _filedir >/dev/null; then
    _filedir
    return
  fi
  compopt -o filenames 2>/dev/null
  local name
  while IFS= read -r name; do
    COMPREPLY+=("$name")
  done < <(compgen -f -- "$(_article_unquote "$cur")")
}
`;

function valueCase(option: OptionSpec): string {
  const reply = option.isFile
    ? '_article_files'
    : option.choices
      ? `_article_add_matching < <(${lines(option.choices)})`
      : ':';
  return `    ${option.names.join(' | ')}) ${reply}; return ;;`;
}

/** The case patterns that find the file's name in a word: -f notes.md, --file=notes.md, -fnotes.md. */
function fileCases(file: OptionSpec): string {
  const cases = [
    `      ${file.names.join(' | ')})
        word=\${COMP_WORDS[i + 1]}
        # --file = notes.md: bash splits the word at the = (COMP_WORDBREAKS).
        [[ $word == = ]] && word=\${COMP_WORDS[i + 2]}
        file=$(_article_path "$word") ;;`,
  ];
  if (file.long) cases.push(`      ${file.long}=*) file=$(_article_path "\${word#*=}") ;;`);
  if (file.short) cases.push(`      ${file.short}?*) file=$(_article_path "\${word:2}") ;;`);
  return cases.join('\n');
}

export function bashScript({ options, commands, file }: CommandLineSpec): string {
  const commandCases = commands
    .map(
      (command) =>
        `      ${command.name}) ((COMP_CWORD == 2)) && _article_add_matching < <(${lines(command.choices)}); return ;;`,
    )
    .join('\n');
  return `# bash completion for article: article completion bash > ~/.local/share/bash-completion/completions/article
${helpers}
_article() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD - 1]} file= word i
  COMPREPLY=()
  # --format=json: bash makes the = a word of its own.
  if [[ $cur == = ]]; then
    cur=
  elif [[ $prev == = ]] && ((COMP_CWORD > 2)); then
    prev=\${COMP_WORDS[COMP_CWORD - 2]}
  fi
  if ((COMP_CWORD > 1)); then
    case \${COMP_WORDS[1]} in
${commandCases}
    esac
  fi
  case $prev in
${options
  .filter((option) => option.takesValue)
  .map(valueCase)
  .join('\n')}
  esac
  if [[ $cur == -* ]]; then
    _article_add_matching < <(${lines(options.flatMap((option) => option.names))})
    return
  fi
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=\${COMP_WORDS[i]}
    case $word in
${fileCases(file)}
    esac
  done
  # The word goes too: after a / (bash does not split words there), the subsections' paths.
  _article_add_matching < <(article completion sections "$file" "$(_article_unquote "$cur")" 2>/dev/null </dev/null)
}
complete -F _article article
`;
}
