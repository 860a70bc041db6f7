import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectClean, expectOneLineError } from '../helpers/measure.ts';
import { runInTerminal } from '../helpers/pty.ts';
import { root, runArticleAsync } from '../helpers/run.ts';
import { temporaryFolder } from '../helpers/temporary-folder.ts';
import {
  articleTitle,
  certificateFile,
  japanese,
  russian,
  startTestSite,
  type TestSite,
} from '../helpers/web-site.ts';

// Web articles: the built article against a site on 127.0.0.1, in a pipe and in a terminal.

let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(() => site.close());
const temp = temporaryFolder('web');
let caches = 0;

/** The built article with a cache folder of its own (unless the test shares one). */
function article(args: readonly string[], env: Record<string, string> = {}) {
  caches++;
  return runArticleAsync(args, {
    env: { XDG_CACHE_HOME: join(temp.path, `cache-${caches}`), ...env },
  });
}

describe('a web article, in a pipe', () => {
  it('is read by its address as the first argument or with --file, in reader mode', async () => {
    for (const args of [[`${site.http}/article`], ['-f', `${site.http}/article`]]) {
      const result = await article([...args, '--list', '--plain']);
      expectClean(result);
      expect(result.stdout.startsWith(`${articleTitle}\n`)).toBe(true);
      expect(result.stdout).toMatch(/^2 +Using standalone mode in Emscripten/m);
    }
  });

  it('is fetched once for --list and then a section: the cache answers the second time', async () => {
    const env = { XDG_CACHE_HOME: join(temp.path, 'shared-cache') };
    const list = await article([`${site.http}/cached-article`, '--list', '--plain'], env);
    expectClean(list);
    const section = await article([`${site.http}/cached-article`, '2', '--plain'], env);
    expectClean(section);
    expect(section.stdout.startsWith('Using standalone mode in Emscripten')).toBe(true);
    expect(site.count('/cached-article')).toBe(1);
    // --refresh asks again, and the fresh answer is kept for the next time.
    expectClean(await article([`${site.http}/cached-article`, '--refresh', '--list'], env));
    expectClean(await article([`${site.http}/cached-article`, '--list'], env));
    expect(site.count('/cached-article')).toBe(2);
  });

  it('revalidates a page that asks it (ETag, 304)', async () => {
    const env = { XDG_CACHE_HOME: join(temp.path, 'revalidated-cache') };
    const first = await article([`${site.http}/revalidated`, '--plain'], env);
    const second = await article([`${site.http}/revalidated`, '--plain'], env);
    expectClean(second);
    expect(second.stdout).toBe(first.stdout);
    expect(site.requests.filter((line) => line.includes('/revalidated'))).toEqual([
      'GET /revalidated',
      'GET /revalidated (if-none-match)',
    ]);
  });

  it('reads Markdown by its type, or a raw .md sent as text/plain, with its sections', async () => {
    for (const path of ['/story', '/raw/README.md']) {
      const result = await article([`${site.http}${path}`, 'barn', '--plain']);
      expectClean(result);
      expect(result.stdout).toBe('Barn owls\n---------\n\nThey nest in barns.\n');
    }
  });

  it('reads character sets from the header or the page', async () => {
    for (const [path, words] of [
      ['/cp1251', russian],
      ['/cp1251-meta', russian],
      ['/sjis', japanese],
      ['/sjis-meta', japanese],
    ] as const) {
      const result = await article([`${site.http}${path}`, '--plain']);
      expectClean(result);
      expect(result.stdout).toContain(words.title);
      expect(result.stdout).toContain(words.text);
    }
  });

  it('follows redirects and decodes gzip', async () => {
    const chain = await article([`${site.http}/chain/3`, '--list', '--plain']);
    expectClean(chain);
    expect(chain.stdout.startsWith(`${articleTitle}\n`)).toBe(true);
    const zipped = await article([`${site.http}/gzip`, '--list', '--plain']);
    expect(zipped.stdout).toBe(chain.stdout);
  });

  it('reads https with a trusted certificate', async () => {
    const result = await article([`${site.https}/article`, '--list'], {
      NODE_EXTRA_CA_CERTS: fileURLToPath(certificateFile),
    });
    expectClean(result);
    expect(result.stdout).toContain(articleTitle);
  });

  it('goes through the proxy of http_proxy, and around it for a host in NO_PROXY', async () => {
    const before = site.proxied.length;
    const proxied = await article([`${site.http}/story`, '--plain'], { http_proxy: site.proxy });
    expectClean(proxied);
    expect(site.proxied.slice(before)).toEqual([`${site.http}/story`]);
    const around = await article([`${site.http}/story`, '--plain'], {
      HTTP_PROXY: site.proxy,
      NO_PROXY: '127.0.0.1',
    });
    expectClean(around);
    expect(around.stdout).toBe(proxied.stdout);
    expect(site.proxied.slice(before)).toHaveLength(1);
  });

  it('reads on when the cache cannot be written', async () => {
    const result = await article([`${site.http}/story`, '--plain'], {
      XDG_CACHE_HOME: temp.write('a-file', ''),
    });
    expectClean(result);
    expect(result.stdout).toContain('They nest in barns.');
  });
});

describe('a web address that cannot be read', () => {
  const failures: [string, string[], RegExp][] = [
    [
      'an unknown host',
      ['https://nowhere.invalid/'],
      /^article: https:\/\/nowhere\.invalid\/: unknown host nowhere\.invalid\n$/,
    ],
    [
      'a refused connection',
      ['http://127.0.0.1:1/'],
      /^article: http:\/\/127\.0\.0\.1:1\/: connection refused\n$/,
    ],
    [
      'a self-signed certificate',
      ['HTTPS/article'],
      /: certificate error: a self-signed certificate\n$/,
    ],
    [
      'a body that never ends',
      ['HTTP/endless', '--timeout', '1'],
      /\/endless: no answer within 1 s\n$/,
    ],
    [
      'a 404',
      ['HTTP/missing'],
      /^article: http:\/\/127\.0\.0\.1:\d+\/missing answered 404 Not Found\n$/,
    ],
    ['a 500', ['HTTP/broken'], /\/broken answered 500 Internal Server Error\n$/],
    ['a redirect loop', ['HTTP/loop'], /\/loop: more than 10 redirects\n$/],
    [
      'a redirect to file:',
      ['HTTP/to-file'],
      /redirected to file:\/\/\/etc\/passwd; only http and https addresses are followed\n$/,
    ],
    [
      'a gzip bomb',
      ['HTTP/bomb'],
      /\/bomb: larger than 50 MB once decompressed, too large to read\n$/,
    ],
    ['a PDF', ['HTTP/doc.pdf'], /\/doc\.pdf: not an article: application\/pdf\n$/],
    ['an empty page', ['HTTP/empty'], /\/empty: an empty page, no text to read\n$/],
    [
      'an ftp address',
      ['ftp://example.com/story'],
      /^article: ftp:\/\/example\.com\/story: cannot read ftp: addresses/,
    ],
    [
      'a file: address',
      ['-f', 'file:///etc/passwd'],
      /^article: file:\/\/\/etc\/passwd: cannot read file: addresses/,
    ],
  ];

  it.each(failures)(
    'says so in one line, exit 1, nothing on stdout: %s',
    async (_name, args, pattern) => {
      const withSite = args.map((arg) =>
        arg.replace(/^HTTPS/, site.https).replace(/^HTTP/, site.http),
      );
      const result = await article(withSite);
      expectOneLineError(result, 1, pattern);
      expect(result.stdout).toBe('');
    },
  );

  it('shows the controls of an address, not sends them', async () => {
    const result = await article([`${site.http}/missing`]);
    expect(result.stderr).not.toMatch(/[\x00-\x09\x0b-\x1f]/);
    const redirect = await article(['-f', 'ftp://a\x1b[2J.example/']);
    expectOneLineError(redirect, 1);
    expect(redirect.stderr).not.toContain('\x1b');
  });
});

describe('a web article in a terminal', () => {
  it('shows a progress line on standard error while fetching, and erases it', async () => {
    const host = new URL(site.http).host;
    const result = await runInTerminal([`${site.http}/slow`, '--list'], {
      env: { XDG_CACHE_HOME: join(temp.path, 'terminal-cache') },
    });
    expect(result.exitCode).toBe(0);
    expect(result.raw).toContain(`\rarticle: ${host} …`);
    expect(result.raw).toMatch(new RegExp(`article: ${host.replace('.', '\\.')} … \\d+ KB`));
    expect(result.raw).toContain('\r\x1b[K');
    // Erased: the screen shows the list, not the progress.
    expect(result.screen.join('\n')).not.toContain('article:');
    expect(result.screen.join('\n')).toContain(articleTitle);
  });

  it('draws nothing in a pipe', async () => {
    const result = await article([`${site.http}/slow`, '--list']);
    expectClean(result);
  });
});

describe('reading Markdown', () => {
  it('never loads the fetching libraries: it works without them', async () => {
    const copy = join(temp.path, 'install');
    mkdirSync(copy);
    for (const part of ['bin', 'dist', 'content', 'package.json']) {
      cpSync(join(root, part), join(copy, part), { recursive: true });
    }
    for (const file of ['make-fetch-happen.cjs', 'npmcli-agent.cjs', 'cacache.cjs']) {
      rmSync(join(copy, 'dist', 'vendor', file));
    }
    const bin = join(copy, 'bin', 'article.cjs');
    const bundled = await runArticleAsync(['--list', '--plain'], { bin });
    expectClean(bundled);
    expect(bundled.stdout).toMatch(/^1 +/m);
    const notes = temp.write('notes.md', '---\ntitle: Notes\n---\n\n## One &amp; only\n\nText.\n');
    const own = await runArticleAsync(['-f', notes, '--plain'], { bin });
    expectClean(own);
    expect(own.stdout).toBe('Notes\n=====\n\nOne & only\n----------\n\nText.\n');
    // The copy does lack them: an address needs them.
    const web = await runArticleAsync([`${site.http}/story`], { bin });
    expect(web.status).toBe(1);
  });
});
