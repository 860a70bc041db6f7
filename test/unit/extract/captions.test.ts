import { describe, expect, it } from 'vitest';
import { markCaptions } from '../../../src/extract/captions.ts';
import { parsePage } from '../../../src/extract/page.ts';

function marked(body: string): string {
  const page = parsePage(`<html><body>${body}</body></html>`);
  markCaptions(page);
  return (page.body as unknown as Element).innerHTML;
}

describe('markCaptions', () => {
  it('makes <figcaption> of elements whose class or id names a caption or a credit', () => {
    expect(marked('<div class="wp-caption-text">A <b>bridge</b></div>')).toBe(
      '<figcaption>A <b>bridge</b></figcaption>',
    );
    expect(marked('<span id="photoCredit">AP</span>')).toBe('<figcaption>AP</figcaption>');
  });

  it('leaves wrappers that hold the image, cells of tables, and other classes alone', () => {
    const wrapper = '<div class="caption-box"><img src="a.jpg"><p class="credit">AP</p></div>';
    expect(marked(wrapper)).toBe(
      '<div class="caption-box"><img src="a.jpg"><figcaption>AP</figcaption></div>',
    );
    const cell = '<table><tr><td class="caption">x</td></tr></table>';
    expect(marked(cell)).toContain('<td class="caption">x</td>');
    expect(marked('<p class="intro">Hello</p>')).toBe('<p class="intro">Hello</p>');
  });
});
