// Types of pseudo-terminal.mjs, for the tests that import it.
import type { IPty } from '@lydell/node-pty';
import type xterm from '@xterm/headless';

export type HeadlessTerminal = InstanceType<typeof xterm.Terminal>;

export interface PseudoTerminalOptions {
  readonly cols?: number;
  readonly rows?: number;
  /** Rows kept above the screen; 1000 unless given. */
  readonly scrollback?: number;
  readonly env: Record<string, string>;
  readonly cwd: string;
  /** Called with each piece of output as it comes, after `output` has it. */
  readonly onData?: (data: string) => void;
}

export interface PseudoTerminalExit {
  readonly exitCode: number;
  readonly signal: number | undefined;
}

export class PseudoTerminal {
  constructor(file: string, args: readonly string[], options: PseudoTerminalOptions);
  /** Everything the program has written to the terminal, as received. */
  readonly output: string;
  readonly term: HeadlessTerminal;
  readonly pty: IPty;
  /** Resolves when the process has ended. */
  readonly exited: Promise<PseudoTerminalExit>;
  /** The exit, once the process has ended. */
  readonly exit: PseudoTerminalExit | undefined;
  readonly pid: number;
  write(data: string): void;
  resize(cols: number, rows: number): void;
  kill(signal?: string): void;
  settle(): Promise<void>;
  visibleRows(): string[];
  dispose(): void;
}
