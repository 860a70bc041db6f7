import type { Section } from '../document/model.ts';
import { ArticleError, UsageError } from '../errors.ts';

/** What a reference that named no section carries besides itself. */
export interface Missing {
  /** The part of the reference that failed, when it is not all of it: a range's end, a path's first step. */
  readonly part?: string | undefined;
  /** Why nothing matched, when that helps: "there are 3 sections", "2 Installation has no subsection 'lnux'". */
  readonly reason?: string | undefined;
  /** The sections it may have meant, best first. */
  readonly suggestions?: readonly Section[];
  /** The suggestions are all the subsections of the section a path reached, none of them close. */
  readonly children?: boolean;
}

/** A reference that names no section, with the sections it may have meant. */
export class NoSuchSection extends ArticleError {
  readonly part: string | undefined;
  readonly reason: string | undefined;
  readonly suggestions: readonly Section[];
  readonly children: boolean;

  /** `reference` is the reference as given, whole (a range, a path). */
  constructor(
    readonly reference: string,
    missing: Missing = {},
  ) {
    super(noSuchSectionMessage(reference, missing));
    this.part = missing.part;
    this.reason = missing.reason;
    this.suggestions = missing.suggestions ?? [];
    this.children = missing.children ?? false;
  }
}

/** A reference (or a step of a path) that names several sections. */
export class AmbiguousReference extends ArticleError {
  constructor(
    readonly reference: string,
    readonly candidates: readonly Section[],
    /** The path the step belongs to, when it is a step. */
    readonly within?: string,
  ) {
    const names = candidates.map(numbered).join('; ');
    const where = within === undefined ? '' : ` in '${within}'`;
    super(`'${reference}'${where} matches several sections: ${names}`);
  }
}

/** A range whose start comes after its end: a mistake in the command line. */
export class ReversedRange extends UsageError {
  constructor(
    readonly reference: string,
    readonly start: Section,
    readonly end: Section,
  ) {
    super(
      `the range '${reference}' runs backwards: section ${start.number} comes after section ${end.number}; write '${end.number}-${start.number}'`,
    );
  }
}

function noSuchSectionMessage(reference: string, missing: Missing): string {
  const name =
    missing.part === undefined ? `'${reference}'` : `'${missing.part}' in '${reference}'`;
  const reason = missing.reason === undefined ? '' : `: ${missing.reason}`;
  const names = (missing.suggestions ?? []).map(numbered).join('; ');
  const lead = missing.children ? 'its subsections are' : 'did you mean';
  const hint = names ? `; ${lead}: ${names}${missing.children ? '' : '?'}` : '';
  return `no section ${name}${reason}${hint} (see 'article --list')`;
}

/** "2.1 Linux", as --list shows a section. */
export function numbered(section: Section): string {
  return `${section.number} ${section.title}`;
}
