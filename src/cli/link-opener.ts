import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, relative, resolve } from 'node:path';
import type { Document } from '../document/model.ts';
import type { Browsing, Opened, OpenLink } from '../reader/browsing.ts';
import { confinedPath, isInside } from '../source/confined-path.ts';
import { isWebAddress } from '../source/web/address.ts';

/** Opens a file or a web address through the pipeline, as the command line opens its document. */
export type OpenDocument = (file: string) => Promise<Document>;

/**
 * Following links out of the document named on the command line (`file`):
 * files inside its folder or below (checked again once symbolic links are
 * resolved), and web pages; anything that fails is a note, not an error.
 */
export function linkOpener(file: string | undefined, openDocument: OpenDocument): Browsing {
  // Standard input and the bundled article are in no folder: their web links are followed still.
  if (file === undefined || file === '-') return { open: webOrNot(openDocument, undefined) };
  if (isWebAddress(file))
    return { open: webOrNot(openDocument, undefined), location: file, address: file };
  const location = resolve(file);
  const folder = { root: dirname(location), location };
  return { open: webOrNot(openDocument, folder), location, address: file };
}

interface Folder {
  /** The first document's folder: links open files in it or below. */
  readonly root: string;
  readonly location: string;
}

function webOrNot(openDocument: OpenDocument, folder: Folder | undefined): OpenLink {
  return async (target, from) => {
    try {
      if (target.kind === 'web') return await openWeb(openDocument, target.url);
      if (!folder) return 'links to files are followed from a file only';
      return await openFile(openDocument, folder, from ?? folder.location, target.path);
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  };
}

async function openWeb(openDocument: OpenDocument, url: string): Promise<Opened> {
  const document = await openDocument(url);
  return { document, location: url, name: new URL(url).host };
}

async function openFile(
  openDocument: OpenDocument,
  { root }: Folder,
  from: string,
  link: string,
): Promise<Opened | string> {
  const confined = confinedPath(root, from, link);
  if ('refused' in confined) return confined.refused;
  const name = relative(root, confined.path);
  let real: string;
  try {
    real = await realpath(confined.path);
  } catch {
    return `no file ${name}`;
  }
  if (!isInside(await realpath(root), real))
    return `${name} leads outside the first document’s folder`;
  if (!(await stat(real)).isFile()) return `${name} is not a file`;
  return {
    document: await openDocument(confined.path),
    location: confined.path,
    name: basename(name),
  };
}
