import type { Command, Option } from 'commander';

/** An option as the completion scripts need it. */
export interface OptionSpec {
  readonly names: readonly string[];
  readonly short: string | undefined;
  readonly long: string | undefined;
  readonly takesValue: boolean;
  readonly choices: readonly string[] | undefined;
  readonly description: string;
  readonly isFile: boolean;
}

/** A command (`completion`) and the values of its one argument (the shells). */
export interface CommandSpec {
  readonly name: string;
  readonly choices: readonly string[];
}

export interface CommandLineSpec {
  readonly options: readonly OptionSpec[];
  readonly commands: readonly CommandSpec[];
  /** The option that names the file whose sections are completed: -f, --file. */
  readonly file: OptionSpec;
}

/** The command line as the completions need it, read from its one definition (cli.ts). */
export function commandLineSpec(program: Command): CommandLineSpec {
  const help = program.createHelp();
  const options = help.visibleOptions(program).map(
    (option: Option): OptionSpec => ({
      names: [option.short, option.long].filter((name): name is string => Boolean(name)),
      short: option.short,
      long: option.long,
      takesValue: option.required || option.optional,
      choices: option.argChoices,
      description: option.description,
      isFile: option.long === '--file',
    }),
  );
  const commands = help.visibleCommands(program).map((command) => ({
    name: command.name(),
    choices: command.registeredArguments[0]?.argChoices ?? [],
  }));
  const file = options.find((option) => option.isFile);
  if (!file) throw new Error('the command line has no --file option');
  return { options, commands, file };
}
