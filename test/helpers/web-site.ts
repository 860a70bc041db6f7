import { readFileSync } from 'node:fs';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  request,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createSecureServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

/*
 * A web site on 127.0.0.1 for the tests of fetching (unit and end-to-end):
 * every case article must handle, each at its own path, and a proxy that
 * records the requests it carried. Ports are the system's choice (port 0).
 */

const data = new URL('../data/', import.meta.url);
/** A real article: V8's blog post from Readability's test pages, with sections. */
export const articlePage = readFileSync(new URL('readability/v8-blog/source.html', data));
export const articleTitle = 'standalone WebAssembly binaries using Emscripten · V8';
/** The self-signed certificate of the https site (test/data/README.md). */
export const certificateFile = new URL('tls/cert.pem', data);

const markdown = '# Owls\n\nOwls hunt at night.\n\n## Barn owls\n\nThey nest in barns.\n';

/** A page in an East European or Japanese character set, with its charset in a `<meta>` only. */
function pageIn(encoding: 'windows-1251' | 'shift_jis', title: string, text: string): Buffer {
  const page = `<!doctype html><html><head><meta charset="${encoding}"><title>${title}</title></head><body><article><h1>${title}</h1><p>${text}</p></article></body></html>`;
  return Buffer.from(new TextEncoderIn(encoding).encode(page));
}

/** TextEncoder only writes UTF-8: the legacy encodings are written through a byte table. */
class TextEncoderIn {
  constructor(private readonly encoding: string) {}
  encode(text: string): Uint8Array {
    const decoder = new TextDecoder(this.encoding);
    const table = new Map<string, number[]>();
    // Every one- and two-byte sequence the encoding decodes to one character, ASCII first.
    for (let first = 0; first < 256; first++) {
      const one = decoder.decode(Uint8Array.of(first));
      if (one.length === 1 && one !== '\uFFFD' && !table.has(one)) table.set(one, [first]);
      if (first < 0x80) continue;
      for (let second = 0x40; second < 256; second++) {
        const two = decoder.decode(Uint8Array.of(first, second));
        if (two.length === 1 && two !== '\uFFFD' && !table.has(two))
          table.set(two, [first, second]);
      }
    }
    return Uint8Array.from(
      [...text].flatMap((character) => {
        const bytes = table.get(character);
        if (!bytes) throw new Error(`${this.encoding} cannot write ${character}`);
        return bytes;
      }),
    );
  }
}

export const russian = { title: 'Совы', text: 'Совы охотятся ночью и видят в темноте.' };
export const japanese = { title: 'フクロウ', text: 'フクロウは夜に狩りをします。' };
const cyrillicPage = pageIn('windows-1251', russian.title, russian.text);
const japanesePage = pageIn('shift_jis', japanese.title, japanese.text);
/** The same page without its `<meta>`: only the header can tell its character set. */
const withoutMeta = (page: Buffer, encoding: string) =>
  Buffer.from(page.toString('latin1').replace(`<meta charset="${encoding}">`, ''), 'latin1');

type Handler = (request: IncomingMessage, response: ServerResponse, site: TestSite) => void;

const send =
  (
    type: string | undefined,
    body: string | Buffer,
    headers: Record<string, string> = {},
  ): Handler =>
  (_request, response) => {
    response.writeHead(200, { ...(type ? { 'content-type': type } : {}), ...headers });
    response.end(body);
  };

const redirect =
  (location: string, status = 302): Handler =>
  (_request, response) => {
    response.writeHead(status, { location });
    response.end();
  };

/** The decompressed size of the bomb: over the 50 MB limit, 60 KB on the wire. */
export const bombSize = 60 * 1024 * 1024;
let bomb: Buffer | undefined;

const routes: Record<string, Handler> = {
  '/article': send('text/html; charset=utf-8', articlePage),
  '/story': send('text/markdown; charset=utf-8', markdown),
  '/raw/README.md': send('text/plain; charset=utf-8', markdown),
  '/untyped': send(undefined, markdown),
  '/untyped-page': send('application/octet-stream', articlePage),
  '/binary': send('application/octet-stream', Buffer.from('GIF89a\0\0\0\0')),
  '/chain/3': redirect('/chain/2', 301),
  // An absolute address, as most servers write them.
  '/chain/2': (request, response, site) =>
    redirect(`${site.http}/chain/1`, 307)(request, response, site),
  '/chain/1': redirect('/article', 308),
  '/loop': redirect('/loop'),
  '/to-file': redirect('file:///etc/passwd'),
  '/to-data': redirect('data:text/html,<h1>Hi</h1>'),
  '/missing': (_request, response) => {
    response.writeHead(404, 'Not Found', { 'content-type': 'text/html' });
    response.end('<h1>Not here</h1>');
  },
  '/broken': (_request, response) => {
    response.writeHead(500, { 'content-type': 'text/html' });
    response.end('<h1>Oops</h1>');
  },
  '/endless': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.write('<!doctype html><html><body><p>A body that never ends');
  },
  '/silent': () => {},
  '/gzip': send('text/html; charset=utf-8', gzipSync(articlePage), { 'content-encoding': 'gzip' }),
  '/bomb': (request, response, site) => {
    bomb ??= gzipSync(Buffer.alloc(bombSize), { level: 9 });
    send('text/html', bomb, { 'content-encoding': 'gzip' })(request, response, site);
  },
  '/cp1251': send('text/html; charset=windows-1251', withoutMeta(cyrillicPage, 'windows-1251')),
  '/cp1251-meta': send('text/html', cyrillicPage),
  '/sjis': send('text/html; charset=Shift_JIS', withoutMeta(japanesePage, 'shift_jis')),
  '/sjis-meta': send('text/html', japanesePage),
  '/cp1251.md': send(
    'text/markdown; charset=windows-1251',
    Buffer.from(
      new TextEncoderIn('windows-1251').encode(`# ${russian.title}\n\n${russian.text}\n`),
    ),
  ),
  '/doc.pdf': send('application/pdf', '%PDF-1.4\n%âãÏÓ\n'),
  '/empty': send('text/html', ''),
  '/empty-uncacheable': send('text/html', '', { 'cache-control': 'no-store' }),
  '/slow': (_request, response) => {
    // The article in parts, a little apart: long enough for a progress line to be drawn.
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    const parts = 8;
    const size = Math.ceil(articlePage.length / parts);
    let part = 0;
    const next = () => {
      response.write(articlePage.subarray(part * size, (part + 1) * size));
      part++;
      if (part < parts) setTimeout(next, 150);
      else response.end();
    };
    next();
  },
  '/revalidated': (request, response, site) => {
    if (request.headers['if-none-match'] === '"owls-1"') {
      response.writeHead(304, { etag: '"owls-1"', 'cache-control': 'no-cache' });
      response.end();
      return;
    }
    send('text/markdown', markdown, { etag: '"owls-1"', 'cache-control': 'no-cache' })(
      request,
      response,
      site,
    );
  },
  '/cached-article': send('text/html; charset=utf-8', articlePage, {
    'cache-control': 'max-age=3600',
  }),
  '/fresh': send('text/markdown', markdown, { 'cache-control': 'max-age=3600' }),
  '/uncacheable': send('text/markdown', markdown, { 'cache-control': 'no-store' }),
};

export interface TestSite {
  /** `http://127.0.0.1:port`, without a slash at the end. */
  readonly http: string;
  /** The same site over https, with the self-signed certificate. */
  readonly https: string;
  /** `http://127.0.0.1:port` of the proxy. */
  readonly proxy: string;
  /** Every request the site answered, as `METHOD /path`, with conditional requests marked. */
  readonly requests: string[];
  /** The headers of every request the site answered, in the same order. */
  readonly headers: IncomingHttpHeaders[];
  /** The absolute addresses the proxy carried. */
  readonly proxied: string[];
  /** How many requests the site answered for a path. */
  count(path: string): number;
  close(): Promise<void>;
}

/** Starts the site, its https twin and the proxy. */
export async function startTestSite(): Promise<TestSite> {
  const requests: string[] = [];
  const headers: IncomingHttpHeaders[] = [];
  const proxied: string[] = [];
  let site: TestSite | undefined;
  const handle = (incoming: IncomingMessage, response: ServerResponse) => {
    const path = new URL(incoming.url ?? '/', 'http://x').pathname;
    const conditional = incoming.headers['if-none-match'] ? ' (if-none-match)' : '';
    requests.push(`${incoming.method} ${path}${conditional}`);
    headers.push(incoming.headers);
    const route = routes[path];
    if (!route || !site) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('no such page');
      return;
    }
    route(incoming, response, site);
  };
  const plain = createServer(handle);
  const secure = createSecureServer(
    {
      key: readFileSync(new URL('tls/key.pem', data)),
      cert: readFileSync(certificateFile),
    },
    handle,
  );
  const proxy = createServer((incoming, response) => forward(incoming, response, proxied));
  const servers = [plain, secure, proxy];
  const [httpPort, httpsPort, proxyPort] = await Promise.all(servers.map(listen));
  site = {
    http: `http://127.0.0.1:${httpPort}`,
    https: `https://127.0.0.1:${httpsPort}`,
    proxy: `http://127.0.0.1:${proxyPort}`,
    requests,
    headers,
    proxied,
    count: (path) => requests.filter((line) => line.split(' ')[1] === path).length,
    close: () => Promise.all(servers.map(close)).then(() => undefined),
  };
  return site;
}

/** A forward proxy for http: the request's absolute address says where to; the answer is passed back. */
function forward(incoming: IncomingMessage, response: ServerResponse, proxied: string[]): void {
  const target = incoming.url ?? '';
  proxied.push(target);
  const outgoing = request(
    target,
    { method: incoming.method, headers: incoming.headers },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  outgoing.on('error', () => {
    response.writeHead(502);
    response.end();
  });
  incoming.pipe(outgoing);
}

function listen(server: Server | ReturnType<typeof createSecureServer>): Promise<number> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function close(server: Server | ReturnType<typeof createSecureServer>): Promise<void> {
  // Bodies that never end keep their connections open: close them too.
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
