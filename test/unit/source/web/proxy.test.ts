import { describe, expect, it } from 'vitest';
import { ArticleError } from '../../../../src/errors.ts';
import { bypassesProxy, proxyFor } from '../../../../src/source/web/proxy.ts';

const http = new URL('http://example.com/story');
const https = new URL('https://example.com/story');

describe('proxyFor', () => {
  it('takes each scheme its own proxy, lower case before capitals', () => {
    const env = { http_proxy: 'http://plain:1', HTTPS_PROXY: 'http://secure:2' };
    expect(proxyFor(http, env)).toBe('http://plain:1');
    expect(proxyFor(https, env)).toBe('http://secure:2');
    expect(proxyFor(http, { http_proxy: 'http://lower:1', HTTP_PROXY: 'http://upper:2' })).toBe(
      'http://lower:1',
    );
    expect(proxyFor(http, { HTTP_PROXY: 'http://upper:2' })).toBe('http://upper:2');
  });

  it('does not take the http proxy for https, as curl does not', () => {
    expect(proxyFor(https, { http_proxy: 'http://plain:1' })).toBeUndefined();
    expect(proxyFor(http, { https_proxy: 'http://secure:2' })).toBeUndefined();
  });

  it('falls back on all_proxy, and reads a proxy without a scheme as http', () => {
    expect(proxyFor(https, { ALL_PROXY: 'proxy.local:3128' })).toBe('http://proxy.local:3128');
    expect(proxyFor(http, { all_proxy: 'http://a:1', http_proxy: 'http://b:2' })).toBe(
      'http://b:2',
    );
  });

  it('is none without settings, or for a host no_proxy names', () => {
    expect(proxyFor(http, {})).toBeUndefined();
    expect(proxyFor(http, { http_proxy: '' })).toBeUndefined();
    expect(proxyFor(http, { http_proxy: 'http://p:1', NO_PROXY: 'example.com' })).toBeUndefined();
    expect(proxyFor(http, { http_proxy: 'http://p:1', no_proxy: 'other.com' })).toBe('http://p:1');
  });

  it('refuses SOCKS and other proxies with a message that names the variable', () => {
    const socks = () => proxyFor(https, { HTTPS_PROXY: 'socks5://localhost:1080' });
    expect(socks).toThrow(ArticleError);
    expect(socks).toThrow('HTTPS_PROXY=socks5://localhost:1080: SOCKS proxies are not supported');
    expect(() => proxyFor(http, { http_proxy: 'ftp://p' })).toThrow(/not an http or https proxy/);
  });
});

describe('bypassesProxy', () => {
  it('matches a host and its subdomains, with or without a leading dot', () => {
    expect(bypassesProxy('example.com', 'example.com')).toBe(true);
    expect(bypassesProxy('www.example.com', 'example.com')).toBe(true);
    expect(bypassesProxy('www.example.com', '.example.com')).toBe(true);
    expect(bypassesProxy('EXAMPLE.com', 'example.COM')).toBe(true);
    expect(bypassesProxy('notexample.com', 'example.com')).toBe(false);
    expect(bypassesProxy('example.com.evil', 'example.com')).toBe(false);
  });

  it('reads a comma-separated list with spaces, and * for every host', () => {
    expect(bypassesProxy('b.org', 'a.com, b.org ,c.net')).toBe(true);
    expect(bypassesProxy('d.org', 'a.com, b.org ,c.net')).toBe(false);
    expect(bypassesProxy('anything.example', '*')).toBe(true);
    expect(bypassesProxy('a.com', '')).toBe(false);
    expect(bypassesProxy('a.com', undefined)).toBe(false);
  });

  it('matches IP addresses exactly or by CIDR range, IPv6 too', () => {
    expect(bypassesProxy('127.0.0.1', '127.0.0.1')).toBe(true);
    expect(bypassesProxy('127.0.0.2', '127.0.0.1')).toBe(false);
    expect(bypassesProxy('10.1.2.3', '10.0.0.0/8')).toBe(true);
    expect(bypassesProxy('11.1.2.3', '10.0.0.0/8')).toBe(false);
    expect(bypassesProxy('[::1]', '::1')).toBe(true);
    expect(bypassesProxy('[fd00::5]', 'fd00::/8')).toBe(true);
    expect(bypassesProxy('127.0.0.1', '::1')).toBe(false);
  });
});
