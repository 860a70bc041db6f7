import { statSync } from 'node:fs';
import { formatOfName } from '../source/format.ts';
import { looksLikeAddress } from '../source/web/address.ts';

/**
 * Without --file, a first argument that is an address (`https://…`; one of
 * another scheme is refused when read) or names an existing Markdown or HTML
 * file (by its extension) is the document, as bat, less and glow take their
 * file; the arguments after it are sections.
 */
export function documentArgument(
  file: string | undefined,
  args: readonly string[],
): { file: string | undefined; references: readonly string[] } {
  const [first, ...rest] = args;
  if (file !== undefined || first === undefined) return { file, references: args };
  if (looksLikeAddress(first)) return { file: first, references: rest };
  if (formatOfName(first) === undefined) return { file, references: args };
  return isFile(first) ? { file: first, references: rest } : { file, references: args };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
