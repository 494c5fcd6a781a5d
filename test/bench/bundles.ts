/** Sizes of what Keel injects into desk pages and of its main bundles. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BudgetLine } from './run';

function sizes(file: string): { raw: number; gzip: number } {
  const buf = readFileSync(file);
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

export async function benchBundles(root: string): Promise<BudgetLine[]> {
  const out = resolve(root, '.output/chrome-mv3');
  const lines: BudgetLine[] = [];
  for (const file of readdirSync(resolve(out, 'content-scripts')).filter((f) => f.endsWith('.js')).sort()) {
    const s = sizes(resolve(out, 'content-scripts', file));
    lines.push({ name: `content script ${file} (raw)`, value: s.raw / 1024, unit: 'KB' });
    lines.push({ name: `content script ${file} (gzip)`, value: s.gzip / 1024, unit: 'KB', budget: { max: 15 } });
  }
  const bg = sizes(resolve(out, 'background.js'));
  lines.push({ name: 'background worker (gzip)', value: bg.gzip / 1024, unit: 'KB' });
  let total = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const p = resolve(dir, entry);
      if (statSync(p).isDirectory()) walk(p);
      else total += statSync(p).size;
    }
  };
  walk(out);
  lines.push({ name: 'whole extension (raw)', value: total / 1024, unit: 'KB' });
  return lines;
}
