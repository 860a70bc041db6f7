import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { root, runArticle, testCacheHome } from '../helpers/run.ts';

/** The part of `npm pack --json` that this test reads. */
interface PackResult {
  readonly filename: string;
  readonly size: number;
  readonly files: readonly { readonly path: string; readonly mode: number }[];
}

const titles = [
  'Introduction',
  'Season 2 will not be affected by backlash',
  'Katherine Langford and Dylan Minnette talk about season two',
];

let scratch = '';

/**
 * The environment for npm. Run under `npm test`, this process inherits npm's
 * own settings as npm_config_* variables (prefix, local_prefix, userconfig,
 * cache, allow_scripts, global if the parent had -g, ...) plus npm_package_*
 * and npm_lifecycle_*; a nested npm would read the npm_config_* ones as its
 * configuration. All npm_* variables are dropped, whatever their case, and npm
 * is pointed at an empty user config and a cache of its own, so that neither
 * the parent run nor the developer's ~/.npmrc and ~/.npm take part.
 */
function npmEnvironment(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)),
  );
  const userconfig = join(scratch, 'npmrc');
  writeFileSync(userconfig, '');
  return {
    ...env,
    npm_config_userconfig: userconfig,
    npm_config_cache: join(scratch, 'npm-cache'),
    npm_config_update_notifier: 'false',
  };
}

function npm(args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  const result = spawnSync('npm', args, {
    cwd,
    env: npmEnvironment(),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`npm ${args.join(' ')} exited ${result.status}:\n${result.stderr}`);
  }
  return result;
}

function packJson(stdout: string): PackResult {
  const results = JSON.parse(stdout) as PackResult[];
  expect(results).toHaveLength(1);
  return results[0] as PackResult;
}

/** The installed command, run with its streams as pipes and a controlled environment. */
function runInstalled(bin: string, args: readonly string[], cwd: string) {
  return spawnSync(bin, args, {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      LANG: 'C.UTF-8',
      XDG_CACHE_HOME: testCacheHome,
    },
    encoding: 'utf8',
  });
}

describe('the npm package', { timeout: 120_000 }, () => {
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'article-pack-'));
    // Packing below skips the prepare script (a rebuild would rewrite dist/ under the other tests).
    if (!existsSync(join(root, 'dist', 'article.cjs'))) npm(['run', 'build'], root);
  }, 120_000);

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('holds only the command, the bundle, the article and the package files', () => {
    const pack = packJson(npm(['pack', '--dry-run', '--json', '--ignore-scripts'], root).stdout);
    const paths = pack.files.map((file) => file.path).sort();
    const allowed =
      /^(bin\/article\.cjs|dist\/(vendor\/)?[^/]+|content\/article\.md|package\.json|README\.md|LICEN[CS]E(\.\w+)?)$/i;
    expect(paths.filter((path) => !allowed.test(path))).toEqual([]);
    expect(paths).toEqual(
      expect.arrayContaining([
        'bin/article.cjs',
        'dist/article.cjs',
        'dist/launch.cjs',
        'content/article.md',
        'package.json',
      ]),
    );
    // Everything is bundled: no runtime dependencies, and small enough to fetch at once.
    expect('dependencies' in packageJson).toBe(false);
    expect(pack.size).toBeLessThanOrEqual(500 * 1024);
    const bin = pack.files.find((file) => file.path === 'bin/article.cjs');
    expect((bin?.mode ?? 0) & 0o111, 'bin/article.cjs is executable').not.toBe(0);
  });

  it('installs offline from its tarball and runs from the install', () => {
    const packed = packJson(
      npm(['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], root).stdout,
    );
    const tarball = join(scratch, packed.filename);
    expect(existsSync(tarball)).toBe(true);

    const app = join(scratch, 'app');
    mkdirSync(app);
    writeFileSync(
      join(app, 'package.json'),
      `${JSON.stringify({ name: 'article-pack-test', version: '1.0.0', private: true }, null, 2)}\n`,
    );
    // No runtime dependencies: everything is bundled, so no registry is needed.
    npm(['install', '--offline', '--no-audit', '--no-fund', tarball], app);
    expect(readdirSync(join(app, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual([
      'article-reader',
    ]);

    const bin = join(app, 'node_modules', '.bin', 'article');
    const list = runInstalled(bin, ['--list'], app);
    expect(list.stderr).toBe('');
    expect(list.status).toBe(0);
    for (const [index, title] of titles.entries()) {
      expect(list.stdout).toMatch(new RegExp(`^${index + 1} {2}${title}\\b`, 'm'));
    }

    const section = runInstalled(bin, ['2', '--plain'], app);
    expect(section.status).toBe(0);
    expect(section.stdout.split('\n')[0]).toBe('Season 2 will not be affected by backlash');

    // The installed copy reads the same bundled article as the working tree.
    const whole = runInstalled(bin, ['--plain'], app);
    expect(whole.status).toBe(0);
    expect(whole.stdout).toBe(runArticle(['--plain']).stdout);

    // A file of the user's needs the libraries bundled apart (dist/vendor): marked, yaml, entities, gemoji.
    const notes = join(app, 'notes.md');
    writeFileSync(notes, '---\ntitle: Notes\n---\n\n## One &amp; only\n\nText :tada:.\n');
    const own = runInstalled(bin, ['-f', notes, '--plain'], app);
    expect(own.stderr).toBe('');
    expect(own.stdout).toBe('Notes\n=====\n\nOne & only\n----------\n\nText 🎉.\n');

    // And npx runs the tarball in an empty folder without asking a registry.
    const empty = join(scratch, 'empty');
    mkdirSync(empty);
    const viaNpx = npm(
      ['exec', '--offline', '--yes', `--package=file:${tarball}`, '--', 'article', '--list'],
      empty,
    );
    expect(viaNpx.stdout).toBe(list.stdout);
  });
});
