import type { Metadata } from '../extract/metadata-fields.ts';
import { cellWidth, type Width, wrapText } from './wrap.ts';

/**
 * Whether a document has a metadata line: who wrote it, where or when. A
 * language, an address or an excerpt alone is data for JSON, not a line.
 */
export function hasMetadataLine(metadata: Metadata): boolean {
  return (
    metadata.byline !== undefined ||
    metadata.siteName !== undefined ||
    metadata.published !== undefined
  );
}

/**
 * The parts of `By Jane Doe · Example News · 2 May 2024 · 6 min read`: those
 * present, and the reading time. A site named as its author (a magazine's
 * own byline) is said once.
 */
export function metadataParts(metadata: Metadata, minutes: number): string[] {
  const { byline, siteName, published } = metadata;
  const parts = [
    byline === undefined ? undefined : `By ${byline}`,
    siteName?.toLowerCase() === byline?.toLowerCase() ? undefined : siteName,
    published === undefined ? undefined : displayDate(published),
    `${minutes} min read`,
  ];
  return parts.filter((part) => part !== undefined);
}

const separator = ' · ';

/** The parts on one line, or on as many as the width needs, broken after a separator, not inside a part. */
export function metadataLine(parts: readonly string[], width: Width = Infinity): string {
  const lines: string[] = [];
  let line = '';
  for (const [index, part] of parts.entries()) {
    const joined = line ? `${line}${separator}${part}` : part;
    // Room for the separator that would end the line, unless the part is the last.
    const needed = cellWidth(joined) + (index === parts.length - 1 ? 0 : separator.length - 1);
    if (!line || needed <= width) {
      line = joined;
      continue;
    }
    lines.push(`${line}${separator.trimEnd()}`);
    line = part;
  }
  lines.push(line);
  // A part wider than the width wraps within itself.
  return lines.map((text) => wrapText(text, width)).join('\n');
}

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A date that starts as ISO 8601 does (`2024-05-02`, `2024-05-02T09:30:00+02:00`)
 * as `2 May 2024`: the day the publisher wrote, whatever the time zone. Any
 * other date is shown as given.
 */
export function displayDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(date);
  if (!match) return date;
  const month = months[Number(match[2]) - 1];
  const day = Number(match[3]);
  if (month === undefined || day < 1 || day > 31) return date;
  return `${day} ${month} ${match[1]}`;
}
