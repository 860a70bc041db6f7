import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The pipeline's shape, as the README draws it: each stage imports only from
 * the stages before it and from the shared modules at the top of src/.
 */
const stages = [
  'source',
  'extract',
  'markdown',
  'document',
  'select',
  'render',
  'output',
  'reader',
  'cli',
];
const shared = ['errors.ts', 'io.ts', 'libraries.ts'];
const entries = ['main.ts', 'launch.ts'];

/** About 300 lines: a file past this does more than one job. */
const longestFile = 320;

const root = join(import.meta.dirname, '../../src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The project's own modules a file imports (statically or with import()), relative to src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)];
  return specifiers
    .map((match) => normalize(join(dirname(file), match[1] ?? '')))
    .filter((path) => !path.startsWith('..'));
}

const files = sourceFiles(root).map((path) => relative(root, path));
const graph = new Map(files.map((file) => [file, importsOf(file)]));

/** The stage a module belongs to: its folder, or where it stands at the top. */
function placeOf(file: string): string {
  return file.includes('/') ? (file.split('/')[0] ?? '') : file;
}

describe('the architecture', () => {
  it('has every file in a stage folder, or at the top as an entry or shared module', () => {
    const misplaced = files.filter((file) => {
      const place = placeOf(file);
      return !stages.includes(place) && !shared.includes(place) && !entries.includes(place);
    });
    expect(misplaced).toEqual([]);
  });

  it('imports only from earlier stages and shared modules', () => {
    const backwards: string[] = [];
    for (const [file, imports] of graph) {
      const from = stages.indexOf(placeOf(file));
      for (const target of imports) {
        const place = placeOf(target);
        if (shared.includes(place) || entries.includes(placeOf(file))) continue;
        if (entries.includes(place) || from === -1 || stages.indexOf(place) > from) {
          backwards.push(`${file} -> ${target}`);
        }
      }
    }
    expect(backwards).toEqual([]);
  });

  it('has no import circle', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        circles.push([...path.slice(path.indexOf(file)), file].join(' -> '));
        return;
      }
      state.set(file, 'open');
      for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(circles).toEqual([]);
  });

  it('has no source file longer than one reader holds in mind (about 300 lines)', () => {
    const long = files.filter(
      (file) => readFileSync(join(root, file), 'utf8').split('\n').length > longestFile,
    );
    expect(long).toEqual([]);
  });

  it('finds the imports it checks', () => {
    expect(graph.get('main.ts')).toContain('cli/run.ts');
    expect(graph.get('cli/run.ts')).toContain('render/formats.ts');
  });
});
