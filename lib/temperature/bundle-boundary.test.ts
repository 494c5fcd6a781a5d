/**
 * Language data lives in the worker only (issue 11): no content script reaches the engine through
 * its imports. The built files are checked too, by `npm run bench` (test/bench/run.ts), which also
 * reports how much the word lists add to the worker.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/') || spec.startsWith('~/')) base = resolve(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  else return null; // a package, not our code
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, resolve(base, 'index.ts'), resolve(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every file of ours that `entry` reaches through static and dynamic imports. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const next = resolveImport(file, (m[1] ?? m[2] ?? m[3])!);
      if (next && !seen.has(next)) queue.push(next);
    }
  }
  return seen;
}

const CONTENT_SCRIPTS = readdirSync(resolve(ROOT, 'entrypoints'))
  .filter((d) => d.endsWith('.content'))
  .map((d) => resolve(ROOT, 'entrypoints', d, 'index.ts'));

describe('language data stays out of content scripts', () => {
  it('finds the content scripts and follows their imports', () => {
    expect(CONTENT_SCRIPTS.length).toBeGreaterThanOrEqual(3);
    // The crawl is real: a content script reaches the desk clients it reads with.
    expect([...reachable(CONTENT_SCRIPTS[0]!)].some((f) => f.includes('/lib/hosts/'))).toBe(true);
  });
  it.each(CONTENT_SCRIPTS.map((f) => [f.split('/').at(-2)!, f]))('%s never imports lib/temperature', (_name, entry) => {
    const engine = [...reachable(entry)].filter((f) => f.includes('/lib/temperature/'));
    expect(engine).toEqual([]);
  });
});
