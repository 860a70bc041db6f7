import type { Command } from 'commander';
import { bashScript } from './completion/bash.ts';
import { fishScript } from './completion/fish.ts';
import { commandLineSpec } from './completion/spec.ts';
import { zshScript } from './completion/zsh.ts';
import { UsageError } from './errors.ts';

/** A completion script for the shell; section numbers and ids come from `article completion sections`. */
export function completionScript(shell: string, program: Command): string {
  const spec = commandLineSpec(program);
  switch (shell) {
    case 'bash':
      return bashScript(spec);
    case 'zsh':
      return zshScript(spec);
    case 'fish':
      return fishScript(spec);
    default:
      throw new UsageError(`completion: no shell '${shell}' (choose bash, zsh or fish)`);
  }
}
