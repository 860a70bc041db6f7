import { describe, expect, it } from 'vitest';
import { ArticleError } from '../../../../src/errors.ts';
import { followRedirects, mostRedirects } from '../../../../src/source/web/redirects.ts';

/** A response as the client gives it: a status, a Location maybe, and a body that tells if it was let go. */
function answer(status: number, location?: string) {
  const body = {
    resumed: false,
    resume: () => {
      body.resumed = true;
    },
  };
  return {
    status,
    headers: { get: (name: string) => (name === 'location' ? (location ?? null) : null) },
    body,
  };
}

/** Follows redirects over a table of address -> response, recording what was asked. */
async function follow(site: Record<string, ReturnType<typeof answer>>, start: string) {
  const asked: string[] = [];
  const result = await followRedirects(new URL(start), async (address) => {
    asked.push(address.href);
    const response = site[address.href];
    if (!response) throw new Error(`nothing at ${address.href}`);
    return response;
  });
  return { ...result, asked };
}

describe('followRedirects', () => {
  it('follows a chain of every redirect status, relative or absolute, to the answer', async () => {
    const site = {
      'http://a.test/1': answer(301, '/2'),
      'http://a.test/2': answer(302, 'https://b.test/3'),
      'https://b.test/3': answer(303, '4'),
      'https://b.test/4': answer(307, '//c.test/5'),
      'https://c.test/5': answer(308, '/story'),
      'https://c.test/story': answer(200),
    };
    const { address, response, asked } = await follow(site, 'http://a.test/1');
    expect(address.href).toBe('https://c.test/story');
    expect(response.status).toBe(200);
    expect(asked).toEqual(Object.keys(site));
    // The redirects' bodies are let go; the answer's is left to read.
    expect(site['http://a.test/1'].body.resumed).toBe(true);
    expect(response.body.resumed).toBe(false);
  });

  it('gives a redirect status without a Location as it is', async () => {
    const { response } = await follow({ 'http://a.test/': answer(302) }, 'http://a.test/');
    expect(response.status).toBe(302);
  });

  it('follows at most ten redirects', async () => {
    const chain = Object.fromEntries(
      Array.from({ length: 12 }, (_, hop) => [`http://a.test/${hop}`, answer(302, `/${hop + 1}`)]),
    );
    chain['http://a.test/10'] = answer(200);
    expect((await follow(chain, 'http://a.test/0')).address.href).toBe('http://a.test/10');
    chain['http://a.test/10'] = answer(302, '/11');
    chain['http://a.test/11'] = answer(200);
    const tooMany = follow(chain, 'http://a.test/0');
    await expect(tooMany).rejects.toThrow(ArticleError);
    await expect(tooMany).rejects.toThrow(`http://a.test/0: more than ${mostRedirects} redirects`);
  });

  it('stops a loop', async () => {
    const loop = follow({ 'http://a.test/loop': answer(301, '/loop') }, 'http://a.test/loop');
    await expect(loop).rejects.toThrow(/more than 10 redirects/);
  });

  it('refuses a redirect to another scheme before asking for it', async () => {
    for (const target of ['file:///etc/passwd', 'ftp://a.test/x', 'data:text/html,hi']) {
      const site = { 'http://a.test/': answer(302, target) };
      const attempt = follow(site, 'http://a.test/');
      await expect(attempt).rejects.toThrow(
        `http://a.test/: redirected to ${target}; only http and https addresses are followed`,
      );
    }
  });

  it('refuses a Location that is no address', async () => {
    const site = { 'http://a.test/': answer(302, 'http://[bad') };
    await expect(follow(site, 'http://a.test/')).rejects.toThrow(/invalid address: http:\/\/\[bad/);
  });
});
