import type { Command } from 'commander';
import { UsageError } from '../../errors.ts';
import { type Shell, shellNames, shells } from '../command-line.ts';
import { bashScript } from './bash.ts';
import { fishScript } from './fish.ts';
import { type CommandLineSpec, commandLineSpec } from './spec.ts';
import { zshScript } from './zsh.ts';

const scripts: Record<Shell, (spec: CommandLineSpec) => string> = {
  bash: bashScript,
  zsh: zshScript,
  fish: fishScript,
};

/** A completion script for the shell; section numbers and ids come from `article completion sections`. */
export function completionScript(shell: string, program: Command): string {
  const spec = commandLineSpec(program);
  if (!isShell(shell)) {
    throw new UsageError(`completion: no shell '${shell}' (choose ${shellNames})`);
  }
  return scripts[shell](spec);
}

function isShell(name: string): name is Shell {
  return (shells as readonly string[]).includes(name);
}
