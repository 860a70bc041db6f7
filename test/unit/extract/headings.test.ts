import { describe, expect, it } from 'vitest';
import { cleanHeadings, removeRepeatedTitle } from '../../../src/extract/headings.ts';
import { parsePage } from '../../../src/extract/page.ts';

function cleaned(body: string): string[] {
  const page = parsePage(`<html><body>${body}</body></html>`);
  const element = page.body as unknown as Element;
  cleanHeadings(element);
  return [...element.querySelectorAll('h1, h2, h3')].map((heading) => heading.innerHTML);
}

describe('cleanHeadings', () => {
  it('takes out permalink marks and wiki edit links', () => {
    expect(
      cleaned(`
        <h2>Write a loader <a href="#write-a-loader" class="bookmark">#</a></h2>
        <h2>Setting up<a class="headerlink" href="#setting-up" title="Permalink">¶</a></h2>
        <h3><a id="x"></a>Anchored</h3>
        <h2><span class="mw-headline">History</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?action=edit">edit</a><span class="mw-editsection-bracket">]</span></span></h2>`),
    ).toEqual([
      'Write a loader ',
      'Setting up',
      'Anchored',
      '<span class="mw-headline">History</span>',
    ]);
  });

  it('keeps links that are the title, images, and a heading that says only "edit"', () => {
    expect(
      cleaned(
        '<h2><a href="#t">Title</a></h2><h2>Logo <a href="/"><img src="l.png" alt="home"></a></h2><h2><a href="/edit">Edit</a></h2><h2>Notes <span class="note">§ 3</span></h2>',
      ),
    ).toEqual([
      '<a href="#t">Title</a>',
      'Logo <a href="/"><img src="l.png" alt="home"></a>',
      '<a href="/edit">Edit</a>',
      'Notes <span class="note">§ 3</span>',
    ]);
  });
});

function withoutTitle(body: string, title: string | undefined): string[] {
  const page = parsePage(`<html><body>${body}</body></html>`);
  const element = page.body as unknown as Element;
  removeRepeatedTitle(element, title);
  return [...element.querySelectorAll('h1, h2, h3, p')].map((node) => node.textContent ?? '');
}

describe('removeRepeatedTitle', () => {
  it('takes out a first heading that says the title, after a picture and a standfirst too', () => {
    expect(
      withoutTitle(
        '<img src="a.png"><p>Words need defenders.</p><h3>On Behalf of  “Literally”</h3><p>Text.</p><h3>More</h3>',
        'on behalf of “Literally”',
      ),
    ).toEqual(['Words need defenders.', 'Text.', 'More']);
  });

  it('keeps a first heading that says something else, and later headings that say the title', () => {
    expect(withoutTitle('<h2>Intro</h2><h2>Owls</h2>', 'Owls')).toEqual(['Intro', 'Owls']);
    expect(withoutTitle('<h2>Owls</h2>', undefined)).toEqual(['Owls']);
    expect(withoutTitle('<h2> </h2><p>x</p>', ' ')).toEqual([' ', 'x']);
  });
});
