/**
 * `npm run bench`: measures Keel against the budgets in DESIGN.md, prints a summary and writes
 * bench-results/<name>.json. Figures are medians of several runs on this machine; compare
 * against the peer measured in the same run where one exists.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { benchBundles } from './bundles';
import { benchBrowser } from './browser';
import { benchHostile } from './hostile';
import { benchPlaybook } from './playbook';
import { benchTemperature } from './temperature';
import { benchUpdates } from './updates';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, 'bench-results');

export interface BudgetLine {
  name: string;
  value: number;
  unit: string;
  budget?: { max?: number; min?: number };
  note?: string;
}

function verdict(line: BudgetLine): string {
  if (!line.budget) return '';
  const { max, min } = line.budget;
  const ok = (max === undefined || line.value <= max) && (min === undefined || line.value >= min);
  return ok ? 'ok' : 'OVER BUDGET';
}

function fmt(n: number): string {
  return Math.abs(n) >= 1000 ? Math.round(n).toLocaleString('en-US') : Number(n.toPrecision(3)).toString();
}

async function main() {
  const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const want = (name: string) => only.length === 0 || only.includes(name);
  console.log('Building the extension (production and bench copies)…');
  execSync('npx wxt build', { cwd: ROOT, stdio: 'ignore' });
  execSync('npx wxt build', { cwd: ROOT, stdio: 'ignore', env: { ...process.env, KEEL_BENCH: '1' } });
  mkdirSync(OUT, { recursive: true });

  const sections: Record<string, BudgetLine[]> = {};
  if (want('bundles')) sections.bundles = await benchBundles(ROOT);
  if (want('browser')) sections.browser = await benchBrowser(ROOT);
  if (want('temperature')) sections.temperature = await benchTemperatureLines();
  if (want('hostile')) sections.hostile = benchHostile();
  if (want('updates')) sections.updates = await benchUpdatesLines();
  if (want('playbook')) sections.playbook = benchPlaybookLines();

  const stamp = new Date().toISOString();
  for (const [name, lines] of Object.entries(sections)) {
    writeFileSync(resolve(OUT, `${name}.json`), JSON.stringify({ at: stamp, node: process.version, lines }, null, 2));
  }
  writeFileSync(resolve(OUT, 'summary.json'), JSON.stringify({ at: stamp, node: process.version, sections }, null, 2));

  console.log('\nKeel benchmarks');
  let over = 0;
  for (const [name, lines] of Object.entries(sections)) {
    console.log(`\n${name}`);
    for (const line of lines) {
      const v = verdict(line);
      if (v === 'OVER BUDGET') over++;
      const budget = line.budget ? ` (budget ${line.budget.max !== undefined ? `≤ ${fmt(line.budget.max)}` : `≥ ${fmt(line.budget.min!)}`} ${line.unit})` : '';
      console.log(`  ${line.name.padEnd(58)} ${fmt(line.value).padStart(10)} ${line.unit}${budget} ${v}${line.note ? `  — ${line.note}` : ''}`);
    }
  }
  console.log(`\nWrote ${OUT}/*.json. ${over === 0 ? 'All budgets met.' : `${over} figure(s) over budget.`}`);
}

async function benchUpdatesLines(): Promise<BudgetLine[]> {
  const r = await benchUpdates();
  const num = (key: string) => Number(r[key]);
  return [
    { name: 'render all five audiences, shipped templates (median)', value: num('render all five audiences (median ms)'), unit: 'ms', budget: { max: 5 } },
    { name: 'the same with rich text, plain text and Markdown (median)', value: num('render all five audiences with their three forms (median ms)'), unit: 'ms' },
    { name: 'render all five, first time in a fresh process', value: num('render all five audiences, first time (ms)'), unit: 'ms', note: 'engine start, parse and check once' },
    { name: 'render all five, templates just edited', value: num('render all five audiences, templates just edited (ms)'), unit: 'ms', note: 'parse and check again' },
  ];
}

function benchPlaybookLines(): BudgetLine[] {
  const r = benchPlaybook();
  return [
    { name: 'prompts + questions + tone: 100 msgs + 2,000-word draft (median)', value: r['prompts + questions + tone, 100 messages + 2,000 words (median ms)'], unit: 'ms', budget: { max: 5 } },
    { name: 'same, CPU time (median; wall time on an idle machine)', value: r['same, CPU time of the process (median ms; ≈ wall time on an idle machine)'], unit: 'ms', note: 'read this one when the machine is loaded' },
    { name: 'of which prompts + questions + constraints (median)', value: r['prompts + questions + constraints, 100 messages (median ms)'], unit: 'ms' },
    { name: 'of which the tone check (median)', value: r['tone check, 2,000 words (median ms)'], unit: 'ms', note: `${r['tone findings']} findings; ${r['prompts shown']} prompts` },
  ];
}

async function benchTemperatureLines(): Promise<BudgetLine[]> {
  const r = await benchTemperature();
  const num = (key: string) => Number(r[key]);
  return [
    { name: 'Keel temperature: messages/s on one core', value: num('keel messages/s (one core)'), unit: 'msg/s', budget: { min: 100_000 } },
    { name: 'AFINN (sentiment npm): messages/s, same messages, same run', value: num('afinn messages/s (same messages, same run)'), unit: 'msg/s' },
    { name: 'Keel / AFINN throughput (≥ 0.5 = no slower than 2×)', value: num('keel/afinn throughput ratio'), unit: '×', budget: { min: 0.5 } },
    { name: 'Keel temperature, German: messages/s on one core', value: num('keel messages/s, German'), unit: 'msg/s', budget: { min: 100_000 } },
    { name: 'AFINN on the German messages, same run', value: num('afinn messages/s, German messages'), unit: 'msg/s' },
    { name: 'Keel / AFINN throughput, German', value: num('keel/afinn throughput ratio, German'), unit: '×', budget: { min: 0.5 } },
    { name: 'score one 1,000-message thread (median)', value: num('score one 1,000-message thread (median ms)'), unit: 'ms' },
    { name: 'score one 1,000-message mixed-language thread (median)', value: num('score one 1,000-message mixed-language thread (median ms)'), unit: 'ms', budget: { max: 10 } },
    { name: 'score a 512 KB message of "thank you." (bounded slice)', value: num('score 512 KB of "thank you." (median ms)'), unit: 'ms' },
    { name: 'score a 1 MB message of 😡 (bounded slice)', value: num('score 1 MB of 😡 (median ms)'), unit: 'ms' },
    { name: 'score a 1 MB German complaint (bounded slice)', value: num('score 1 MB of German complaint (median ms)'), unit: 'ms' },
    { name: 'engine alone, minified + gzip (esbuild)', value: num('engine minified gzip bytes') / 1024, unit: 'KB' },
    { name: 'of which the six languages\' word lists (esbuild)', value: num('language lists minified gzip bytes') / 1024, unit: 'KB' },
    ...engineShare(),
    languageBoundary(),
  ];
}

/** The engine's share of the built worker, and the languages' share, from the bench build's per-module sizes. */
function engineShare(): BudgetLine[] {
  try {
    const stats = JSON.parse(readFileSync(resolve(OUT, 'bundle-stats.json'), 'utf8')) as {
      nodeParts: Record<string, { renderedLength: number; metaUid: string }>;
      nodeMetas: Record<string, { id: string; moduleParts: Record<string, string> }>;
    };
    let engine = 0;
    let languages = 0;
    let worker = 0;
    for (const meta of Object.values(stats.nodeMetas)) {
      const part = meta.moduleParts['background.js'];
      if (!part) continue;
      const len = stats.nodeParts[part]?.renderedLength ?? 0;
      worker += len;
      if (meta.id.includes('/lib/temperature/')) engine += len;
      if (meta.id.includes('/lib/temperature/languages/')) languages += len;
    }
    const gz = gzipSync(readFileSync(resolve(ROOT, '.output/chrome-mv3/background.js')), { level: 9 }).length;
    return [
      { name: 'engine share of the built worker bundle (≈ gzip)', value: ((engine / worker) * gz) / 1024, unit: 'KB', note: `${((engine / worker) * 100).toFixed(1)}% of the worker's code; worker ${(gz / 1024).toFixed(1)} KB gzip` },
      { name: 'worker growth from language data (≈ gzip)', value: ((languages / worker) * gz) / 1024, unit: 'KB', note: `${((languages / worker) * 100).toFixed(1)}% of the worker's code (lib/temperature/languages/)` },
    ];
  } catch {
    return [];
  }
}

/** A word from each language's lists: found in the worker, and in no other built file. */
/**
 * Words only the temperature engine's language lists hold (consumer bodies and legal steps of each
 * language). Lawyers' names in other languages are no marker: the playbook's constraint patterns
 * ("legal is involved") in the pages name them too, and they are not the engine's word lists.
 */
const LANGUAGE_MARKERS = ['verbraucherzentrale', 'résili', 'hoja de reclamaci', 'reclame aqui', 'codacons', 'consumentenbond'];

function languageBoundary(): BudgetLine {
  const out = resolve(ROOT, '.output/chrome-mv3');
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = resolve(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.(js|html)$/.test(entry.name) && entry.name !== 'background.js') {
        const text = readFileSync(p, 'utf8');
        if (LANGUAGE_MARKERS.some((m) => text.includes(m))) offenders.push(p.slice(out.length + 1));
      }
    }
  };
  walk(out);
  const worker = readFileSync(resolve(out, 'background.js'), 'utf8');
  const missing = LANGUAGE_MARKERS.filter((m) => !worker.includes(m));
  if (missing.length > 0) throw new Error(`language lists not found in the worker (${missing.join(', ')}): the boundary check would prove nothing`);
  return {
    name: 'built files besides the worker holding language lists',
    value: offenders.length,
    unit: 'files',
    budget: { max: 0 },
    note: offenders.length > 0 ? offenders.join(', ') : 'content scripts, side panel, popup, options and strip hold none',
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
