import { describe, expect, it } from 'vitest';
import {
  displayDate,
  hasMetadataLine,
  metadataLine,
  metadataParts,
} from '../../../src/render/metadata-line.ts';

describe('metadataParts', () => {
  it('says who, where, when and how long, only the parts present', () => {
    expect(
      metadataParts(
        { byline: 'Jane Doe', siteName: 'Example News', published: '2024-05-02T08:00:00Z' },
        6,
      ),
    ).toEqual(['By Jane Doe', 'Example News', '2 May 2024', '6 min read']);
    expect(metadataParts({ siteName: 'Example News' }, 1)).toEqual(['Example News', '1 min read']);
    expect(metadataParts({ byline: 'Jane Doe', lang: 'en', excerpt: 'x' }, 3)).toEqual([
      'By Jane Doe',
      '3 min read',
    ]);
  });

  it('says a site named as its author once', () => {
    expect(metadataParts({ byline: 'Mac & i', siteName: 'mac & I' }, 2)).toEqual([
      'By Mac & i',
      '2 min read',
    ]);
  });
});

describe('metadataLine', () => {
  const parts = ['By Jane Doe', 'Example News', '2 May 2024', '6 min read'];

  it('joins the parts with dots on one line', () => {
    expect(metadataLine(parts)).toBe('By Jane Doe · Example News · 2 May 2024 · 6 min read');
    expect(metadataLine(parts, 52)).toBe('By Jane Doe · Example News · 2 May 2024 · 6 min read');
  });

  it('breaks after a dot where the width needs it, never inside a part that fits', () => {
    expect(metadataLine(parts, 51)).toBe('By Jane Doe · Example News · 2 May 2024 ·\n6 min read');
    expect(metadataLine(parts, 41)).toBe('By Jane Doe · Example News · 2 May 2024 ·\n6 min read');
    // The dot that would end the line does not fit at 40.
    expect(metadataLine(parts, 40)).toBe('By Jane Doe · Example News ·\n2 May 2024 · 6 min read');
    expect(metadataLine(parts, 39)).toBe('By Jane Doe · Example News ·\n2 May 2024 · 6 min read');
    expect(metadataLine(parts, 20)).toBe('By Jane Doe ·\nExample News ·\n2 May 2024 ·\n6 min read');
    expect(metadataLine(['By Jane Doe', 'a site name far too long'], 20)).toBe(
      'By Jane Doe ·\na site name far too\nlong',
    );
  });
});

describe('displayDate', () => {
  it('shows the day an ISO 8601 date names, whatever its time zone', () => {
    expect(displayDate('2024-05-02')).toBe('2 May 2024');
    expect(displayDate('2024-12-31T23:30:00-08:00')).toBe('31 December 2024');
    expect(displayDate('2015-02-24T19:56:33.374Z')).toBe('24 February 2015');
  });

  it('shows any other date as given', () => {
    for (const date of ['May 2, 2024', '2024-13-01', '2024-05-00', '20240502', '2024-05-023'])
      expect(displayDate(date)).toBe(date);
  });
});

describe('hasMetadataLine', () => {
  it('is for an author, a site or a date; a language, an address or an excerpt alone is data', () => {
    expect(hasMetadataLine({})).toBe(false);
    expect(hasMetadataLine({ lang: 'en', canonical: 'https://example.com/', excerpt: 'x' })).toBe(
      false,
    );
    for (const metadata of [{ byline: 'J' }, { siteName: 'S' }, { published: '2024' }])
      expect(hasMetadataLine(metadata)).toBe(true);
  });
});
