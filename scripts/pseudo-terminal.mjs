// A program in a real pseudo-terminal, as a person would run it: node-pty gives it a
// terminal of a given size and environment, and everything it writes goes through a
// headless xterm.js, whose buffer is the screen. The one place node-pty and xterm.js
// are set up: the tests' helpers (test/helpers/) and the screenshot script build on it.
// Plain JavaScript so that scripts run by node can import it; types in the .d.mts.
import { spawn } from '@lydell/node-pty';
import xterm from '@xterm/headless';

// @xterm/headless is CommonJS: its classes hang off the default export.
const { Terminal } = xterm;

export class PseudoTerminal {
  /** Everything the program has written to the terminal, as received. */
  output = '';
  #parsed = Promise.resolve();
  #exit = undefined;
  #disposed = false;

  constructor(file, args, options) {
    const { cols = 80, rows = 24, scrollback = 1000, env, cwd, onData } = options;
    // The buffer API counts as "proposed" in @xterm/headless.
    this.term = new Terminal({ cols, rows, scrollback, allowProposedApi: true });
    this.pty = spawn(file, [...args], { name: 'xterm-256color', cols, rows, cwd, env });
    this.pty.onData((data) => {
      if (this.#disposed) return;
      this.output += data;
      onData?.(data);
      // Writes to xterm.js are parsed asynchronously and in order: the last callback means all are in.
      this.#parsed = new Promise((resolve) => this.term.write(data, resolve));
    });
    // node-pty reports the exit once the pty's output has been read to the end (or a short timeout).
    this.exited = new Promise((resolve) => {
      this.pty.onExit(({ exitCode, signal }) => {
        this.#exit = { exitCode, signal: signal || undefined };
        resolve(this.#exit);
      });
    });
  }

  /** The exit, once the process has ended. */
  get exit() {
    return this.#exit;
  }

  get pid() {
    return this.pty.pid;
  }

  /** Sends keys as the terminal would: '\x1b[B' Down, '\r' Enter, '\x03' Ctrl-C… */
  write(data) {
    this.pty.write(data);
  }

  /** Resizes the emulated terminal and the pty (the program gets SIGWINCH). */
  resize(cols, rows) {
    this.term.resize(cols, rows);
    this.pty.resize(cols, rows);
  }

  kill(signal) {
    this.pty.kill(signal);
  }

  /** Waits until everything received so far is on the emulated screen. */
  async settle() {
    let last;
    while (last !== this.#parsed) {
      last = this.#parsed;
      await last;
    }
    await new Promise((resolve) => this.term.write('', resolve));
  }

  /** The visible rows, trailing spaces trimmed (to the columns there are: after a shrink, xterm keeps the cut-off cells). */
  visibleRows() {
    const buffer = this.term.buffer.active;
    const rows = [];
    for (let row = 0; row < this.term.rows; row++) {
      const line = buffer.getLine(buffer.viewportY + row);
      rows.push(line?.translateToString(true, 0, this.term.cols).trimEnd() ?? '');
    }
    return rows;
  }

  /** Kills the process if it still runs and frees the emulator; output after this is ignored. */
  dispose() {
    if (this.#disposed) return;
    this.#disposed = true;
    if (!this.#exit) {
      try {
        this.pty.kill('SIGKILL');
      } catch {
        // Already gone.
      }
    }
    this.term.dispose();
  }
}
