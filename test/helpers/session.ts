import { readFileSync, rmSync } from 'node:fs';
import { PseudoTerminal } from '../../scripts/pseudo-terminal.mjs';
import { articleBin, freshStateHome, root, testEnvironment } from './run.ts';

export interface SessionOptions {
  readonly cols?: number;
  readonly rows?: number;
  /**
   * Added to the tests' environment (testEnvironment() and TERM
   * xterm-256color: no CI, and no PAGER, ARTICLE_PAGER or LESS). Unless it
   * says, XDG_STATE_HOME is a new empty folder of the session's own.
   */
  readonly env?: Record<string, string>;
  /** A shell command line to run with `bash -c` instead of `article ...args`. */
  readonly command?: string;
  /**
   * Keeps the terminal open when the program has ended, until finish(): the
   * program runs under a shell that then reports its exit status (by an
   * escape sequence that shows nothing) and waits. node-pty stops reading
   * 200 ms after the program exits, so on a busy machine the last of the
   * output can be lost; a test that reads the end of it should keep the
   * terminal open. kill() then signals the program, not the shell.
   */
  readonly keepOpen?: boolean;
}

export interface SessionExit {
  /** The exit status; with keepOpen, 128 + the signal's number for a program a signal ended. */
  readonly exitCode: number;
  readonly signal: number | undefined;
}

/** What the screen is checked against: a predicate on its rows, or text or a pattern to find in them. */
export type ScreenCondition = string | RegExp | ((screen: string[]) => boolean);

/** Sessions not yet disposed. */
const open = new Set<Session>();
/** How long without output means that what was written has all come, in ms. */
const quietTime = 40;
/** What the shell of a session kept open writes when the program has ended: an OSC that xterm ignores. */
const endMark = /\u001b\]7777;(\d+)\u0007/;
const reportEnd = `printf '\\033]7777;%d\\007' "$?"; read -r _`;

/**
 * An interactive session in a pseudo-terminal: `article` (or a shell command)
 * runs with its standard streams on a pty of `cols` x `rows`, everything it
 * writes goes through a headless xterm.js of the same size, and the test types
 * keys and reads the screen while it runs.
 */
export class Session {
  /** Resolves when the pty's process has ended (with keepOpen, the shell: see finish()). */
  readonly exited: Promise<SessionExit>;
  private readonly pty: PseudoTerminal;
  /** Where the end mark starts in the output, once the shell of a session kept open wrote it. */
  private markAt = -1;
  private programEnded: SessionExit | undefined;
  /** When output last came, in ms since the epoch. */
  private lastOutput = Date.now();
  /** The session's own history folder, removed with it. */
  private readonly stateHome = freshStateHome();

  constructor(
    readonly label: string,
    file: string,
    args: readonly string[],
    private readonly options: SessionOptions,
  ) {
    const env = {
      ...testEnvironment(),
      TERM: 'xterm-256color',
      XDG_STATE_HOME: this.stateHome,
      ...options.env,
    };
    this.pty = new PseudoTerminal(file, args, {
      cols: options.cols ?? 80,
      rows: options.rows ?? 24,
      cwd: root,
      env,
      onData: (data) => this.receive(data),
    });
    this.exited = this.pty.exited;
    open.add(this);
  }

  private receive(data: string): void {
    this.lastOutput = Date.now();
    if (!this.options.keepOpen || this.markAt !== -1) return;
    // The mark may come in two pieces: look at the end of what came before, too.
    const output = this.pty.output;
    const from = Math.max(0, output.length - data.length - 32);
    const found = endMark.exec(output.slice(from));
    if (found) {
      this.markAt = from + found.index;
      this.programEnded = { exitCode: Number(found[1]), signal: undefined };
    }
  }

  /** Everything the program has written to the terminal so far, as received. */
  get raw(): string {
    const { output } = this.pty;
    return this.markAt === -1 ? output : output.slice(0, this.markAt);
  }

  /** The process id of the pty's process (for a command or with keepOpen, of the shell). */
  get pid(): number {
    return this.pty.pid;
  }

  /** Whether the program has ended. */
  get done(): boolean {
    return this.pty.exit !== undefined || this.programEnded !== undefined;
  }

  /** Sends keys as the terminal would: '\x1b[B' Down, '\r' Enter, '\x1b' Esc, '\x03' Ctrl-C… */
  type(data: string): void {
    this.pty.write(data);
  }

  /** The visible rows of the terminal, trailing spaces trimmed. */
  screen(): string[] {
    // Spaces written with attributes (the inverse status line) count as content: trimmed too.
    return this.pty.visibleRows();
  }

  /** The visible rows as one text. */
  text(): string {
    return this.screen().join('\n');
  }

  /** Which screen buffer the terminal shows: the normal one, or the alternate one of full-screen programs. */
  bufferType(): 'normal' | 'alternate' {
    return this.pty.term.buffer.active.type;
  }

  /** Waits until everything received so far is on the emulated screen. */
  settle(): Promise<void> {
    return this.pty.settle();
  }

  /**
   * Polls the screen until the condition holds and no output has come for a
   * moment (a frame may come in several pieces: the rest of it is in), and
   * returns the screen; fails with the screen shown after `timeout` ms, or as
   * soon as the program has ended without the condition holding.
   */
  async waitFor(condition: ScreenCondition, timeout = 5000): Promise<string[]> {
    const test =
      typeof condition === 'function'
        ? condition
        : (screen: string[]) =>
            typeof condition === 'string'
              ? screen.join('\n').includes(condition)
              : condition.test(screen.join('\n'));
    const deadline = Date.now() + timeout;
    for (;;) {
      const ended = this.done;
      await this.settle();
      const screen = this.screen();
      const quiet = ended || Date.now() - this.lastOutput >= quietTime;
      if (quiet && test(screen)) return screen;
      if (ended || Date.now() > deadline) {
        const why = ended
          ? `ended (${JSON.stringify(this.programEnded ?? this.pty.exit)})`
          : `timed out after ${timeout} ms`;
        throw new Error(
          `${this.label}: ${why} waiting for ${String(condition)}; the screen:\n${screen.join('\n')}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** Resizes the pty (the program gets SIGWINCH) and the emulated terminal. */
  resize(cols: number, rows: number): void {
    this.pty.resize(cols, rows);
  }

  /** Sends a signal to the program (for a command without keepOpen, to the shell). */
  kill(signal = 'SIGTERM'): void {
    if (!this.options.keepOpen) {
      this.pty.kill(signal);
      return;
    }
    // The program is the shell's child while it runs.
    const pid = this.pty.pid;
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(' ');
    if (children[0]) process.kill(Number(children[0]), signal);
  }

  /**
   * Waits for the program to end, killing everything if it has not within
   * `timeout` ms; returns its exit. With keepOpen, the shell is then ended.
   */
  async finish(timeout = 10_000): Promise<SessionExit> {
    const deadline = Date.now() + timeout;
    while (!(this.pty.exit ?? this.programEnded)) {
      if (Date.now() > deadline) {
        this.dispose();
        throw new Error(`${this.label}: did not end within ${timeout} ms:\n${this.text()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await this.settle();
    const ended = this.pty.exit;
    if (ended) return this.programEnded ?? ended;
    const exit = this.programEnded as SessionExit;
    this.pty.kill('SIGKILL');
    await this.exited;
    return exit;
  }

  /** Ends the program if it still runs and frees the emulator. */
  dispose(): void {
    if (!open.delete(this)) return;
    if (this.options.keepOpen && !this.pty.exit && !this.programEnded) {
      try {
        this.kill('SIGKILL');
      } catch {
        // Already gone.
      }
    }
    this.pty.dispose();
    rmSync(this.stateHome, { recursive: true, force: true });
  }
}

/** Starts `article ...args` (the built binary), or `bash -c command` when a command is given. */
export function startSession(args: readonly string[], options: SessionOptions = {}): Session {
  const { command, keepOpen } = options;
  if (command !== undefined) {
    const script = keepOpen ? `${command}\n${reportEnd}` : command;
    return new Session(command, 'bash', ['-c', script], options);
  }
  const label = `article ${args.join(' ')}`;
  return keepOpen
    ? // bash -c script $0 $1…: the program and its arguments.
      new Session(
        label,
        'bash',
        ['-c', `"$0" "$@"; ${reportEnd}`, process.execPath, articleBin, ...args],
        options,
      )
    : new Session(label, process.execPath, [articleBin, ...args], options);
}

/** Kills what still runs and frees every session: for afterEach, so that a failed test leaves nothing behind. */
export function stopSessions(): void {
  for (const session of [...open]) session.dispose();
}
