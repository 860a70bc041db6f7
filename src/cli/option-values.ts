import { UsageError } from '../errors.ts';

/** --timeout: a number of seconds above 0 (a fraction is fine). */
export function parseTimeout(text: string): number {
  const seconds = Number(text);
  if (!text.trim() || !Number.isFinite(seconds) || seconds <= 0) {
    throw new UsageError(`--timeout needs a number of seconds above 0, not '${text}'`);
  }
  return seconds;
}

/** --depth: a whole number of heading levels, at least 1 (the top-level sections). */
export function parseDepth(text: string): number {
  const depth = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isSafeInteger(depth) && depth >= 1) return depth;
  throw new UsageError(`--depth needs a whole number of heading levels, 1 or more, not '${text}'`);
}
