import { stripEscapes } from '../render/controls.ts';
import { disclosure, foldMarks } from '../render/details.ts';

/** A details block on the page: its summary's lines, then its contents, which fold away. */
export interface Fold {
  /** The summary's first line. */
  readonly summary: number;
  /** The line after the summary: the contents are the lines from here to `end`. */
  readonly body: number;
  readonly end: number;
  /** Where the disclosure mark is on the summary's first line, in the line as drawn and in its plain text. */
  readonly at: number;
  readonly plainAt: number;
  /** Written `<details open>`: unfolded to start with. */
  readonly open: boolean;
}

const anyMark = /[\u0001-\u0003]/;

/** Where a block's marks were: its lines, and where its summary mark was on the first. */
interface Marked {
  readonly summary: number;
  body: number;
  end: number;
  readonly at: number;
}

/**
 * The details blocks the layout marked (render/details.ts), in document
 * order (an outer block before the blocks inside it), with the marks taken
 * out of the lines.
 */
export function takeFoldMarks(lines: string[]): Fold[] {
  const marked: Marked[] = [];
  const open: Marked[] = [];
  lines.forEach((line, number) => {
    if (!anyMark.test(line)) return;
    let text = '';
    for (const char of line) {
      if (char === foldMarks.summary) {
        const block = { summary: number, body: number + 1, end: number + 1, at: text.length };
        marked.push(block);
        open.push(block);
      } else if (char === foldMarks.body) {
        const block = open.at(-1);
        if (block) block.body = number + 1;
      } else if (char === foldMarks.end) {
        const block = open.pop();
        if (block) block.end = number + 1;
      } else text += char;
    }
    lines[number] = text;
  });
  return marked.map((block) => withMark(block, lines));
}

/** The block with the place of its disclosure mark: the first at or after its summary mark (colour may come between). */
function withMark(block: Marked, lines: readonly string[]): Fold {
  const line = lines[block.summary] ?? '';
  const found = line.slice(block.at).search(/[▸▾]/);
  const at = found === -1 ? block.at : block.at + found;
  return {
    summary: block.summary,
    body: block.body,
    end: block.end,
    at,
    plainAt: stripEscapes(line.slice(0, at)).length,
    open: line[at] === disclosure.open,
  };
}
