import { emitKeypressEvents, type Interface } from 'node:readline';
import type { Document, Section } from '../document/document.ts';
import { UsageError } from '../errors.ts';
import { TextRenderer } from '../render/text.ts';
import type { ThemeName } from '../render/theme.ts';
import { drawFrame } from './draw.ts';
import { layoutPage, readerWidth } from './page.ts';
import { type Key, Reader, type Size } from './reader.ts';

export interface ReaderOptions {
  readonly colour: boolean;
  readonly theme: ThemeName;
  readonly hyperlinks: boolean;
  /** A fixed wrap width (0: none), or undefined to follow the terminal's (at most 100); never wider than the screen. */
  readonly width: number | undefined;
  readonly notice: boolean;
  readonly start: Section | undefined;
}

export interface TerminalStreams {
  readonly stdin: NodeJS.ReadableStream & {
    isTTY?: boolean;
    setRawMode?: (raw: boolean) => unknown;
  };
  readonly stdout: {
    write(text: string): unknown;
    on(event: 'resize', listener: () => void): unknown;
    removeListener(event: 'resize', listener: () => void): unknown;
    readonly isTTY?: boolean;
    readonly columns?: number;
    readonly rows?: number;
  };
}

const enterScreen = '\u001b[?1049h\u001b[?25l';
const leaveScreen = '\u001b[?25h\u001b[?1049l';
const signalStatus: Partial<Record<NodeJS.Signals, number>> = {
  SIGTERM: 143,
  SIGHUP: 129,
  SIGINT: 130,
};

/**
 * The full-screen reader on a terminal: the alternate screen, raw keys, a
 * frame drawn after each key and on resize. Whatever ends it (a key, a
 * signal, an exception), the terminal is given back as it was: main screen,
 * cursor shown, raw mode off.
 */
export function runInteractive(
  document: Document,
  options: ReaderOptions,
  io: TerminalStreams,
): Promise<number> {
  const { stdin, stdout } = io;
  if (!stdin.isTTY || !stdout.isTTY || !stdin.setRawMode) {
    throw new UsageError(
      '--interactive needs a terminal for both input and output; drop -i to print instead',
    );
  }
  const setRawMode = stdin.setRawMode.bind(stdin);
  const size = (): Size => ({ columns: stdout.columns ?? 80, rows: stdout.rows ?? 24 });
  const layout = (current: Size) =>
    layoutPage(
      document,
      new TextRenderer({
        width: readerWidth(options.width, current.columns),
        colour: options.colour,
        theme: options.theme,
      }),
      options.notice,
    );
  const reader = new Reader(document, layout, size(), options.start);
  const draw = () => stdout.write(drawFrame(reader));

  return new Promise((resolve) => {
    let finished = false;
    const finish = (status: number) => {
      if (finished) return;
      finished = true;
      stdin.removeListener('keypress', onKey);
      stdout.removeListener('resize', onResize);
      for (const signal of Object.keys(signalStatus)) process.removeListener(signal, onSignal);
      process.removeListener('uncaughtException', onCrash);
      setRawMode(false);
      stdin.pause();
      stdout.write(leaveScreen);
      resolve(status);
    };
    const onKey = (_text: string | undefined, key: Key | undefined) => {
      if (key?.ctrl && key.name === 'z') return suspend();
      const outcome = reader.handle(key ?? {});
      if (outcome === 'quit') finish(0);
      else if (outcome === 'interrupt') finish(130);
      else draw();
    };
    const onResize = () => {
      reader.resize(size());
      draw();
    };
    // Ctrl-Z: give the terminal back, stop as a shell job does, and take it again on `fg`.
    const suspend = () => {
      setRawMode(false);
      stdout.write(leaveScreen);
      process.once('SIGCONT', () => {
        stdout.write(enterScreen);
        setRawMode(true);
        draw();
      });
      process.kill(process.pid, 'SIGTSTP');
    };
    const onSignal = (signal: NodeJS.Signals) => {
      finish(signalStatus[signal] ?? 1);
      process.exit(signalStatus[signal] ?? 1);
    };
    const onCrash = (error: Error) => {
      finish(1);
      process.stderr.write(`article: unexpected error: ${error.message}\n`);
      process.exit(1);
    };
    for (const signal of Object.keys(signalStatus)) process.on(signal, onSignal);
    process.on('uncaughtException', onCrash);
    stdout.write(enterScreen);
    setRawMode(true);
    // A lone Esc is told from the start of an escape sequence by a pause: 50 ms, not readline's 500.
    emitKeypressEvents(stdin, { escapeCodeTimeout: 50 } as unknown as Interface);
    stdin.on('keypress', onKey);
    stdout.on('resize', onResize);
    stdin.resume();
    draw();
  });
}
