import { PseudoTerminal } from '../../scripts/pseudo-terminal.mjs';

export interface TypedCompletionOptions {
  /** Commands run first, one a line (load the completion script). */
  readonly setup: readonly string[];
  readonly cwd: string;
  readonly env: Record<string, string>;
  readonly timeout?: number;
}

export interface TypedLine {
  /** The words of the line after the keys, as the shell passes them to a program. */
  readonly words: string[];
  /** What the terminal showed meanwhile (escape sequences and all). */
  readonly output: string;
}

const shells = {
  bash: ['bash', ['--norc', '--noprofile', '-i']],
  zsh: ['zsh', ['-f', '-i']],
} as const;

/**
 * Types keys into an interactive shell in a pseudo-terminal, as a person
 * would: a command line with Tab (`\t`) where completion is wanted, and
 * perhaps more after it. Returns the line as the shell would then run it,
 * word by word (the keys move to the start of the line, put `printf '[%s]\n'`
 * before it and press Enter). So quoting is seen as the shell parses it, and
 * a letter typed after the Tab shows whether a space (a word of its own) or a
 * folder's slash (`dir/X`) was added.
 */
export async function typedCompletion(
  shell: keyof typeof shells,
  keys: string,
  options: TypedCompletionOptions,
): Promise<TypedLine> {
  const [file, args] = shells[shell];
  const pty = new PseudoTerminal(file, args, {
    cols: 200,
    rows: 50,
    cwd: options.cwd,
    env: { TERM: 'xterm-256color', PS1: '$ ', ...options.env },
  });
  const waitFor = async (mark: string) => {
    const deadline = Date.now() + (options.timeout ?? 10_000);
    while (!pty.output.includes(mark)) {
      if (Date.now() > deadline) throw new Error(`${shell}: no ${mark} in:\n${pty.output}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  try {
    // The marks are printed by arithmetic, so the echo of the typed command never matches them.
    pty.write(`${options.setup.join('\r')}\recho ready-$((20+1))\r`);
    await waitFor('ready-21');
    const start = pty.output.length;
    pty.write(keys);
    // Typed ahead: the shell reads these keys once the completion has finished.
    pty.write(`\x01printf '[%s]\\n' \r`);
    pty.write('echo done-$((30+4))\r');
    await waitFor('done-34');
    const printed = pty.output.slice(start, pty.output.indexOf('done-34'));
    const words = [...printed.matchAll(/^\[(.*)\]\r?$/gm)].map((match) => match[1] ?? '');
    return { words, output: printed };
  } finally {
    pty.dispose();
  }
}
