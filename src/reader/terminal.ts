import { emitKeypressEvents, type Interface } from 'node:readline';
import type { Document, Section } from '../document/model.ts';
import { sectionsById } from '../document/section-links.ts';
import { UsageError } from '../errors.ts';
import type { Place } from '../output/history.ts';
import type { LinkMode } from '../render/display.ts';
import { TextRenderer } from '../render/text.ts';
import type { ThemeName } from '../render/theme.ts';
import { type Browsing, BrowsingReader } from './browsing.ts';
import { osc52 } from './clipboard.ts';
import { drawFrame } from './draw.ts';
import { GrowingPage, readerWidth } from './page.ts';
import { type Parsing, ParsingInIdleTurns } from './parsing.ts';
import type { Resume } from './place.ts';
import type { Key, Size } from './reader.ts';
import type { DocumentUpdates, UpdateListener } from './updates.ts';

export interface ReaderOptions {
  readonly colour: boolean;
  readonly theme: ThemeName;
  readonly hyperlinks: boolean;
  readonly links: LinkMode;
  /** A fixed wrap width (0: none), or undefined to follow the terminal's (at most 100); never wider than the screen. */
  readonly width: number | undefined;
  readonly notice: boolean;
  readonly start: Section | undefined;
  /** Where this document was left, when the history keeps it: the reader opens there unless `start` says. */
  readonly resume?: Resume | undefined;
  /** Called with the place and the marks when the reader leaves, after the screen is given back. */
  readonly remember?: ((left: Left) => void) | undefined;
  /** Following links to files and web pages, and where the document is (browsing.ts). */
  readonly browsing?: Browsing | undefined;
  /** The document's parse, when it goes on in idle turns: the document given is its first sections (parsing.ts). */
  readonly parsing?: Parsing | undefined;
}

/** What the reader leaves behind in a document: the place at the top, and the marks. */
export interface Left {
  readonly place: Place;
  readonly marks: Readonly<Record<string, Place>>;
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
/** How long an idle turn lays out before the keys are read again; well under a frame. */
const idleSlice = 8;
/** How often the frame is drawn again while the page grows, for the status line's estimate. */
const redrawEvery = 500;

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
  updates?: DocumentUpdates,
): Promise<number> {
  const { stdin, stdout } = io;
  if (!stdin.isTTY || !stdout.isTTY || !stdin.setRawMode) {
    throw new UsageError(
      '--interactive needs a terminal for both input and output; drop -i to print instead',
    );
  }
  const size = (): Size => ({ columns: stdout.columns ?? 80, rows: stdout.rows ?? 24 });
  // Laid out lazily: the first screen at once, the rest in idle turns or when a key needs it.
  const layoutOf = (shown: Document) => (current: Size) =>
    new GrowingPage(
      shown,
      new TextRenderer({
        width: readerWidth(options.width, current.columns),
        colour: options.colour,
        theme: options.theme,
        links: options.links,
        foldMarks: true,
        linkMarks: true,
        headings: sectionsById(shown.sections),
      }),
      options.notice,
    );
  const reader = new BrowsingReader(
    document,
    layoutOf,
    size(),
    options.start,
    options.resume,
    options.browsing,
  );
  const remember = () =>
    options.remember?.({ place: reader.placeInFirst, marks: reader.marks.toRecord() });
  const parsing = options.parsing && new ParsingInIdleTurns(options.parsing, reader, layoutOf);
  const session = new TerminalSession(reader, io, size, stdin.setRawMode.bind(stdin), remember);
  session.parsing = parsing;
  // A document a link opened arrives after its key: drawn when it does.
  reader.changed = () => session.update(() => {});
  return session.run(
    updates && {
      version: (next) => session.update(() => reader.reload(next, layoutOf(next))),
      note: (text) => session.update(() => (reader.note = text)),
    },
    updates,
  );
}

/** One run of the reader on the terminal, from taking the screen to giving it back. */
class TerminalSession {
  private finished = false;
  /** An idle turn of laying out is waiting. */
  private growing = false;
  private drawnAt = 0;
  private stopUpdates: () => void = () => {};
  private resolve: (status: number) => void = () => {};
  /** The rest of the document, parsed in idle turns before the page grows further. */
  parsing: ParsingInIdleTurns | undefined;

  constructor(
    private readonly reader: BrowsingReader,
    private readonly io: TerminalStreams,
    private readonly size: () => Size,
    private readonly setRawMode: (raw: boolean) => unknown,
    private readonly remember: () => void,
  ) {}

  run(listener?: UpdateListener, updates?: DocumentUpdates): Promise<number> {
    return new Promise((resolve) => {
      this.resolve = resolve;
      const { stdin, stdout } = this.io;
      for (const signal of Object.keys(signalStatus)) process.on(signal, this.onSignal);
      process.on('uncaughtException', this.onCrash);
      stdout.write(enterScreen);
      this.setRawMode(true);
      // A lone Esc is told from the start of an escape sequence by a short pause, not readline's.
      emitKeypressEvents(stdin, { escapeCodeTimeout: 50 } as unknown as Interface);
      stdin.on('keypress', this.onKey);
      stdout.on('resize', this.onResize);
      stdin.resume();
      this.draw();
      if (listener && updates) this.stopUpdates = updates(listener);
    });
  }

  /** A change from outside the keys (a new version of the file), drawn at once. */
  update(change: () => void): void {
    if (this.finished) return;
    change();
    this.draw();
  }

  private draw(): void {
    this.io.stdout.write(drawFrame(this.reader));
    this.drawnAt = performance.now();
    if ((!this.reader.complete || this.parsing?.done === false) && !this.growing) {
      this.growing = true;
      setImmediate(this.grow);
    }
  }

  /**
   * Parses a little more of the document, or once it is whole lays out a
   * little more of the page, then lets keys in; drawn again now and then, once
   * the document is whole and once the page is complete.
   */
  private readonly grow = (): void => {
    this.growing = false;
    if (this.finished) return;
    const { parsing } = this;
    let whole = false;
    if (parsing && !parsing.done) whole = parsing.stepFor(idleSlice);
    else this.reader.growFor(idleSlice);
    const complete = this.reader.complete && this.parsing?.done !== false;
    if (whole || complete || performance.now() - this.drawnAt > redrawEvery) this.draw();
    else {
      this.growing = true;
      setImmediate(this.grow);
    }
  };

  /** Gives the terminal back; then, unless the reader crashed, the place is kept (its warnings on the normal screen). */
  private finish(status: number, crashed = false): void {
    if (this.finished) return;
    this.finished = true;
    this.stopUpdates();
    const { stdin, stdout } = this.io;
    stdin.removeListener('keypress', this.onKey);
    stdout.removeListener('resize', this.onResize);
    for (const signal of Object.keys(signalStatus)) process.removeListener(signal, this.onSignal);
    process.removeListener('uncaughtException', this.onCrash);
    this.setRawMode(false);
    stdin.pause();
    stdout.write(leaveScreen);
    if (!crashed) this.remember();
    this.resolve(status);
  }

  private readonly onKey = (_text: string | undefined, key: Key | undefined): void => {
    if (key?.ctrl && key.name === 'z') {
      this.suspend();
      return;
    }
    this.parsing?.beforeKey(key ?? {});
    const outcome = this.reader.handle(key ?? {});
    if (outcome === 'quit') this.finish(0);
    else if (outcome === 'interrupt') this.finish(130);
    else {
      // Copying is written only now, on the key: nothing reaches the clipboard otherwise.
      if (outcome) this.io.stdout.write(osc52(outcome.copy) ?? '');
      this.draw();
    }
  };

  private readonly onResize = (): void => {
    this.reader.resize(this.size());
    this.draw();
  };

  /** Ctrl-Z: give the terminal back, stop as a shell job does, and take it again on `fg`. */
  private suspend(): void {
    this.setRawMode(false);
    this.io.stdout.write(leaveScreen);
    process.once('SIGCONT', () => {
      this.io.stdout.write(enterScreen);
      this.setRawMode(true);
      this.draw();
    });
    process.kill(process.pid, 'SIGTSTP');
  }

  private readonly onSignal = (signal: NodeJS.Signals): void => {
    this.finish(signalStatus[signal] ?? 1);
    process.exit(signalStatus[signal] ?? 1);
  };

  private readonly onCrash = (error: Error): void => {
    this.finish(1, true);
    process.stderr.write(`article: unexpected error: ${error.message}\n`);
    process.exit(1);
  };
}
