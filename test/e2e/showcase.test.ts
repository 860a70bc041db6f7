import { describe, expect, it } from 'vitest';
import { plainLayout } from '../helpers/plain-layout.ts';
import { runArticle } from '../helpers/run.ts';

// A document with every kind of block and span, printed as a user would: the golden files pin the layout.
const showcase = 'test/fixtures/showcase.md';

describe('a document with every kind of block (golden files)', () => {
  for (const width of ['40', '80']) {
    it(`prints it plain at width ${width}`, async () => {
      const { stdout, status } = runArticle(['-f', showcase, '-w', width]);
      expect(status).toBe(0);
      await expect(stdout).toMatchFileSnapshot(`../golden/showcase-w${width}.txt`);
    });

    it(`prints it in colour at width ${width}, with the plain layout`, async () => {
      const { stdout } = runArticle(['-f', showcase, '-w', width, '--color', 'always']);
      expect(plainLayout(stdout)).toBe(
        plainLayout(runArticle(['-f', showcase, '-w', width]).stdout),
      );
      await expect(stdout).toMatchFileSnapshot(`../golden/showcase-w${width}.ansi`);
    });
  }

  it('prints its sections as JSON', async () => {
    await expect(runArticle(['-f', showcase, '--json']).stdout).toMatchFileSnapshot(
      '../golden/showcase.json',
    );
  });
});
