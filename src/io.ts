/** Types every stage may share: the process around the program, as main hands it down. */

/** Environment variables, as process.env holds them. */
export interface Environment {
  readonly [name: string]: string | undefined;
}

/** Where text is written: standard output, or a stream shaped like it in tests. */
export interface OutputStream {
  write(chunk: string): boolean;
  once(event: 'drain' | 'error', listener: (error?: Error) => void): unknown;
  on(event: 'resize', listener: () => void): unknown;
  removeListener(event: 'drain' | 'error' | 'resize', listener: (error?: Error) => void): unknown;
  /** Set where a failed write is reported during the write itself, not on a later turn. */
  readonly reportsFailuresAtOnce?: boolean;
}

/** The process around the program, injectable so that tests can run it in process. */
export interface Io {
  readonly stdout: OutputStream & { isTTY?: boolean; columns?: number; rows?: number };
  readonly stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly env: Environment;
}
