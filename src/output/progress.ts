import type { Io } from '../io.ts';
import { showControlsInLine } from '../render/controls.ts';

/** How far a fetch has come, as the source stage tells it. */
export interface Progress {
  readonly host: string;
  /** Bytes received so far; 0 while waiting for the answer. */
  readonly bytes: number;
}

export interface ProgressLine {
  /** Draws the line anew (at most every redrawInterval), in place of the last. */
  show(progress: Progress): void;
  /** Erases the line, if one was drawn. */
  clear(): void;
}

/** Redrawing more often than this only costs writes: nobody reads that fast. */
const redrawInterval = 100;

/**
 * One line on standard error while a page is fetched, `article: example.com
 * … 120 KB`, redrawn in place and erased when done, as curl and npm draw
 * theirs; nothing when standard error is not a terminal (a pipe, a log).
 * Standard error is looked at only on the first show: making it loads
 * Node's stream modules, which reading a file never needs.
 */
export function progressLine(io: Pick<Io, 'stderr'>, now = Date.now): ProgressLine {
  let drawn = false;
  let last = Number.NEGATIVE_INFINITY;
  return {
    show(progress) {
      if (now() - last < redrawInterval) return;
      const { stderr } = io;
      if (!stderr.isTTY) return;
      last = now();
      const line = progressText(progress);
      const width = (stderr.columns ?? 80) - 1;
      stderr.write(`\r${line.length > width ? line.slice(0, width) : line}\x1b[K`);
      drawn = true;
    },
    clear() {
      if (drawn) io.stderr.write('\r\x1b[K');
      drawn = false;
    },
  };
}

/** `article: example.com … 120 KB`; the host alone while nothing has come. */
export function progressText({ host, bytes }: Progress): string {
  const received = bytes > 0 ? ` ${size(bytes)}` : '';
  return `article: ${showControlsInLine(host)} …${received}`;
}

function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
