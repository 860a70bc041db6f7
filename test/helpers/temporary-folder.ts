import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

export interface TemporaryFolder {
  /** The folder (set before the file's tests run). */
  readonly path: string;
  /** Writes a file in the folder; returns its path. */
  write(name: string, content: string | Buffer): string;
}

/** A folder of a test file's own: made before its tests, removed with everything in it after them. */
export function temporaryFolder(name: string): TemporaryFolder {
  let path = '';
  beforeAll(() => {
    path = mkdtempSync(join(tmpdir(), `article-${name}-`));
  });
  afterAll(() => rmSync(path, { recursive: true, force: true }));
  return {
    get path() {
      return path;
    },
    write(file, content) {
      const written = join(path, file);
      writeFileSync(written, content);
      return written;
    },
  };
}
