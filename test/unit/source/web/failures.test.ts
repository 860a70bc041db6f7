import { describe, expect, it } from 'vitest';
import { ArticleError } from '../../../../src/errors.ts';
import { requestFailure } from '../../../../src/source/web/failures.ts';

const address = new URL('https://nowhere.invalid/story');
const request = { address, proxy: undefined, timedOut: false, seconds: 30 };
/** An error as minipass-fetch makes them: its message, and the system error's code copied. */
const failed = (code: string, reason = 'something') =>
  Object.assign(new Error(`request to ${address.href} failed, reason: ${reason}`), { code });

describe('requestFailure', () => {
  it('names an unknown host', () => {
    expect(requestFailure(failed('ENOTFOUND'), request).message).toBe(
      'https://nowhere.invalid/story: unknown host nowhere.invalid',
    );
  });

  it('says what happened to the connection', () => {
    expect(requestFailure(failed('ECONNREFUSED'), request).message).toBe(
      'https://nowhere.invalid/story: connection refused',
    );
    expect(requestFailure(failed('ECONNRESET'), request).message).toMatch(/reset$/);
    expect(requestFailure(failed('EHOSTUNREACH'), request).message).toMatch(/unreachable$/);
  });

  it('says what is wrong with a certificate', () => {
    expect(requestFailure(failed('DEPTH_ZERO_SELF_SIGNED_CERT'), request).message).toBe(
      'https://nowhere.invalid/story: certificate error: a self-signed certificate',
    );
    expect(requestFailure(failed('CERT_HAS_EXPIRED'), request).message).toMatch(/expired/);
    expect(
      requestFailure(failed('ERR_TLS_SOMETHING_NEW', 'a new problem'), request).message,
    ).toMatch(/certificate error: a new problem/);
  });

  it('says the time ran out, whatever the abort made of the error', () => {
    const aborted = Object.assign(new Error('The user aborted a request.'), { type: 'aborted' });
    expect(requestFailure(aborted, { ...request, timedOut: true, seconds: 1.5 }).message).toBe(
      'https://nowhere.invalid/story: no answer within 1.5 s',
    );
  });

  it('names the proxy a request went through', () => {
    const viaProxy = { ...request, proxy: 'http://proxy.local:3128' };
    expect(requestFailure(failed('ECONNREFUSED'), viaProxy).message).toBe(
      'https://nowhere.invalid/story: connection refused (through the proxy http://proxy.local:3128)',
    );
  });

  it('keeps messages of its own, and gives the reason of anything else', () => {
    const own = new ArticleError('x: more than 10 redirects');
    expect(requestFailure(own, request)).toBe(own);
    expect(requestFailure(failed('EPROTO', 'wrong version number'), request).message).toMatch(
      /^https:\/\/nowhere\.invalid\/story: cannot fetch: wrong version number/,
    );
  });
});
