import type { Command } from 'commander';
import { type Shell, shellNames, shells } from './cli.ts';
import { bashScript } from './completion/bash.ts';
import { fishScript } from './completion/fish.ts';
import { type CommandLineSpec, commandLineSpec } from './completion/spec.ts';
import { zshScript } from './completion/zsh.ts';
import { UsageError } from './errors.ts';

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
