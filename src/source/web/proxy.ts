import { BlockList, isIP } from 'node:net';
import { ArticleError } from '../../errors.ts';
import type { Environment } from '../../io.ts';

/**
 * The proxy to fetch an address through, from the environment as curl reads
 * it: `https_proxy` for https, `http_proxy` for http (each also in capitals,
 * the lower-case name first), else `all_proxy`; none for a host that
 * `no_proxy` names. A proxy without a scheme is an http one.
 */
export function proxyFor(address: URL, env: Environment): string | undefined {
  const scheme = address.protocol.slice(0, -1).toLowerCase();
  const [name, setting] = firstSet(env, [
    `${scheme}_proxy`,
    `${scheme.toUpperCase()}_PROXY`,
    'all_proxy',
    'ALL_PROXY',
  ]);
  if (name === undefined || setting === undefined) return undefined;
  if (bypassesProxy(address.hostname, firstSet(env, ['no_proxy', 'NO_PROXY'])[1])) return undefined;
  return proxyAddress(name, setting);
}

/** The first variable of these that is set and not empty, with its name. */
function firstSet(
  env: Environment,
  names: readonly string[],
): [string, string] | [undefined, undefined] {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return [name, value];
  }
  return [undefined, undefined];
}

function proxyAddress(name: string, setting: string): string {
  const proxy = /^[a-z][a-z0-9+.-]*:\/\//i.test(setting) ? setting : `http://${setting}`;
  let protocol: string;
  try {
    protocol = new URL(proxy).protocol;
  } catch {
    throw new ArticleError(`${name}=${setting}: not a proxy's address`);
  }
  if (protocol === 'http:' || protocol === 'https:') return proxy;
  if (protocol.startsWith('socks')) {
    throw new ArticleError(`${name}=${setting}: SOCKS proxies are not supported; use an http one`);
  }
  throw new ArticleError(`${name}=${setting}: not an http or https proxy`);
}

/**
 * Whether `no_proxy` names the host, as curl reads it: a comma-separated
 * list of host names, each also naming its subdomains (a leading dot changes
 * nothing), IP addresses and CIDR ranges (`10.0.0.0/8`), or `*` for every host.
 */
export function bypassesProxy(hostname: string, noProxy: string | undefined): boolean {
  if (!noProxy) return false;
  const host = hostname
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '')
    .toLowerCase();
  const hostFamily = isIP(host);
  return noProxy
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean)
    .some((entry) => {
      if (entry === '*') return true;
      if (hostFamily !== 0) return inRange(host, hostFamily, entry);
      const name = entry.replace(/^\./, '').replace(/\.$/, '');
      return host === name || host.endsWith(`.${name}`);
    });
}

/** Whether an IP address is the entry's address or in its CIDR range. */
function inRange(host: string, family: number, entry: string): boolean {
  const [address = '', prefix] = entry.replace(/^\[(.*)\]/, '$1').split('/');
  const entryFamily = isIP(address);
  if (entryFamily !== family) return false;
  const type = family === 6 ? 'ipv6' : 'ipv4';
  const range = new BlockList();
  const bits = prefix === undefined ? Number.NaN : Number(prefix);
  if (Number.isInteger(bits) && bits >= 0 && bits <= (family === 6 ? 128 : 32)) {
    range.addSubnet(address, bits, type);
  } else {
    range.addAddress(address, type);
  }
  return range.check(host, type);
}
