import fc from 'fast-check';
import { nameToEmoji } from 'gemoji';
import { describe, expect, it, vi } from 'vitest';
import { emojiNames } from '../../../src/libraries.ts';
import { replaceShortcodes } from '../../../src/render/emoji-shortcodes.ts';

vi.mock('../../../src/libraries.ts', async (original) => {
  const actual = await original<typeof import('../../../src/libraries.ts')>();
  return { ...actual, emojiNames: vi.fn(actual.emojiNames) };
});

const listed = Object.keys(nameToEmoji);
const listedName = fc.constantFrom(...listed);
/** Names as shortcodes spell them, and not on GitHub's list. */
const unlistedName = fc
  .stringMatching(/^[a-z0-9_+-]{1,20}$/)
  .filter((name) => !Object.hasOwn(nameToEmoji, name));
const word = fc.stringMatching(/^[A-Za-z0-9]{1,8}$/);

describe('replaceShortcodes', () => {
  it("replaces GitHub's names with their emoji", () => {
    expect(replaceShortcodes('Done :heavy_check_mark:, not :x:. :tada:!')).toBe(
      'Done ✔️, not ❌. 🎉!',
    );
    expect(replaceShortcodes(':+1::tada: (:rocket:)')).toBe('👍🎉 (🚀)');
    expect(replaceShortcodes(':100:')).toBe('💯');
  });

  it('replaces every name on the list with its emoji, alone or between words', () => {
    fc.assert(
      fc.property(listedName, (name) => {
        expect(replaceShortcodes(`:${name}:`)).toBe(nameToEmoji[name]);
        expect(replaceShortcodes(`see :${name}: here`)).toBe(`see ${nameToEmoji[name]} here`);
      }),
    );
  });

  it('leaves names that are not on the list as written', () => {
    expect(replaceShortcodes(':not_a_name: :constructor: :__proto__: :TADA:')).toBe(
      ':not_a_name: :constructor: :__proto__: :TADA:',
    );
    fc.assert(
      fc.property(unlistedName, (name) => {
        expect(replaceShortcodes(`:${name}:`)).toBe(`:${name}:`);
      }),
    );
  });

  it('leaves words with colons in them as written (a:b:c, 12:30:45), listed names too', () => {
    expect(replaceShortcodes('a:b:c 12:30:45 user:id:42 x:tada:y 1:100:2')).toBe(
      'a:b:c 12:30:45 user:id:42 x:tada:y 1:100:2',
    );
    fc.assert(
      fc.property(word, fc.oneof(listedName, unlistedName), word, (before, name, after) => {
        const text = `${before}:${name}:${after}`;
        expect(replaceShortcodes(text)).toBe(text);
        expect(replaceShortcodes(`${before}:${name}:`)).toBe(`${before}:${name}:`);
        expect(replaceShortcodes(`:${name}:${after}`)).toBe(`:${name}:${after}`);
      }),
    );
  });

  it("loads GitHub's names only for text that has a :name: in it", () => {
    vi.mocked(emojiNames).mockClear();
    replaceShortcodes('12:30 and a: b: and :: and : spaced :');
    expect(emojiNames).not.toHaveBeenCalled();
    replaceShortcodes('a :tada:');
    expect(emojiNames).toHaveBeenCalled();
  });
});
