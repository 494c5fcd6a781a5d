/**
 * npm run eval:temperature -- FILE.jsonl [FILE…] [--scores OUT.jsonl] [--misses N] [--folds K]
 *
 * Scores labelled threads with Keel and, in the same run, with its peers: AFINN (the `sentiment`
 * package) and nlp.js (`@nlpjs/sentiment` with the item's language), both dev dependencies used
 * only here. Per file it prints ROC AUC, the K-fold held-out AUC (the figure that counts),
 * best-threshold F1, and the precision and recall of the "hot or critical" bands. Format of the
 * files: ../shared/eval/temperature-dev/README.md.
 *
 * The held-out procedure (see `heldOut` below): every choice the evaluation is allowed to make
 * from data — which word families each language keeps, and where the hot band starts — is made on
 * K−1 folds and measured on the fold left out; the choices made on all folds are printed as the
 * ones to ship. `--misses N` prints the worst misses from folds 1…K−1 only: fold 0 is never shown,
 * so reading misses while writing word lists cannot leak into its figure ("never-read AUC").
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import Sentiment from 'sentiment';
import { z } from 'zod/mini';
import { DEFAULT_THRESHOLDS } from '../../lib/temperature/bands';
import { FAMILIES } from '../../lib/temperature/lexicon';
import { scoreThread, type ThreadInput } from '../../lib/temperature/index';
import { bestF1, rocAuc, spearman } from './metrics';
import { nlpjsHeat } from './nlpjs-peer';

const ItemSchema = z.object({
  id: z.union([z.string(), z.number()]),
  label: z.union([z.literal(0), z.literal(1)], { error: 'must be 0 or 1' }),
  frustration: z.nullish(z.number()),
  lang: z.nullish(z.string()),
  messages: z.array(
    z.object({
      role: z.enum(['customer', 'agent', 'system'], { error: 'must be customer, agent or system' }),
      text: z.string({ error: 'must be a string' }),
      at: z.nullish(z.string()),
    }),
  ),
});
type Item = z.infer<typeof ItemSchema>;

interface Scored {
  id: string;
  fold: number;
  label: number;
  frustration: number | null;
  text: string;
  keel: number;
  band: string;
  afinn: number;
  nlpjs: number | null;
}

interface FileResult {
  file: string;
  lang: string;
  items: Item[];
  rows: Scored[];
}

const afinn = new Sentiment();
/** Deterministic "now" for items without times; items with times use their latest message. */
const FIXED_NOW = Date.parse('2024-01-01T00:00:00Z');

function inputOf(item: Item): { input: ThreadInput; now: Date } {
  let now = FIXED_NOW;
  for (const m of item.messages) {
    const t = m.at ? Date.parse(m.at) : NaN;
    if (!Number.isNaN(t) && t > now) now = t;
  }
  return { input: { messages: item.messages.map((m) => ({ role: m.role, text: m.text, at: m.at ?? null })) }, now: new Date(now) };
}

export function keelScore(item: Item, weights?: Record<string, number>): { score: number; band: string } {
  const { input, now } = inputOf(item);
  const t = scoreThread(input, { now, familyWeights: weights });
  return { score: t.score, band: t.band };
}

/** AFINN's heat: the most negative comparative score over customer messages, negated. */
export function afinnScore(item: Item): number {
  let hottest = -Infinity;
  for (const m of item.messages) {
    if (m.role !== 'customer') continue;
    hottest = Math.max(hottest, -afinn.analyze(m.text).comparative);
  }
  return hottest === -Infinity ? 0 : hottest;
}

async function nlpjsScore(item: Item, lang: string): Promise<number | null> {
  let hottest = -Infinity;
  for (const m of item.messages) {
    if (m.role !== 'customer') continue;
    const heat = await nlpjsHeat(lang, m.text);
    if (heat === null) return null;
    hottest = Math.max(hottest, heat);
  }
  return hottest === -Infinity ? 0 : hottest;
}

/** Stable fold of an item: FNV-1a of its id, modulo k. */
function foldOf(id: string, k: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % k;
}

/** Reads one file; reports bad lines as FILE:LINE and goes on. Returns null if the file is missing. */
function readItems(file: string, errors: string[]): Item[] | null {
  if (!existsSync(file)) {
    errors.push(`${file}: no such file`);
    return null;
  }
  const items: Item[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, k) => {
    if (line.trim() === '') return;
    const where = `${file}:${k + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      errors.push(`${where}: not valid JSON (${(e as Error).message})`);
      return;
    }
    const messages = (json as { messages?: unknown } | null)?.messages;
    if (!Array.isArray(messages) || messages.length === 0) {
      const id = (json as { id?: unknown } | null)?.id;
      errors.push(`${where}: item ${id === undefined ? '(no id)' : JSON.stringify(id)} has no messages, skipped`);
      return;
    }
    const parsed = ItemSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      errors.push(`${where}: ${issue.path.join('.') || 'item'}: ${issue.message}`);
      return;
    }
    items.push(parsed.data);
  });
  return items;
}

// ---------------------------------------------------------------- the held-out procedure

/**
 * Families the selection may switch off for a language: general tone only. The high-signal families
 * (threats, escalation, waiting, money, broken promises, urgency) stay on whatever a dev set says:
 * these sets are tweets and reviews with few threats to a vendor, and an escalation manager must see
 * one when it comes. Where one of them hurts a set, its word list is what needs fixing.
 */
const SELECTABLE = ['negative', 'positive', 'gratitude', 'plain-question', 'sarcasm', 'caps', 'emphasis'].filter((c) => c in FAMILIES);
/** A family is switched off only when that lifts the training folds' mean AUC by at least this. */
const MIN_GAIN = 0.003;
/** Where the hot band may start. */
const HOT_CANDIDATES = [35, 37.5, 40, 42.5, 45, 47.5, 50, 52.5, 55, 57.5, 60];

interface Choice {
  /** Per language: the families switched off. */
  off: Map<string, string[]>;
  hot: number;
}

function weightsFor(off: readonly string[]): Record<string, number> | undefined {
  if (off.length === 0) return undefined;
  return Object.fromEntries(off.map((c) => [c, 0]));
}

function meanAuc(groups: ReadonlyArray<{ items: Item[]; labels: number[] }>, weights: Record<string, number> | undefined): number {
  let sum = 0;
  for (const g of groups) sum += rocAuc(g.items.map((it) => keelScore(it, weights).score), g.labels);
  return sum / groups.length;
}

/** Greedy: in a fixed order, switch a family off when the training AUC gains at least MIN_GAIN. */
function selectFamilies(groups: ReadonlyArray<{ items: Item[]; labels: number[] }>): string[] {
  const off: string[] = [];
  let base = meanAuc(groups, undefined);
  for (const code of SELECTABLE) {
    const trial = meanAuc(groups, weightsFor([...off, code]));
    if (trial >= base + MIN_GAIN) {
      off.push(code);
      base = trial;
    }
  }
  return off;
}

/** F0.5 of "score ≥ hot" pooled over the training items: a red badge should be right first. */
function selectHot(scores: number[], labels: number[]): number {
  let best = DEFAULT_THRESHOLDS.hot;
  let bestF = -1;
  for (const t of HOT_CANDIDATES) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    scores.forEach((s, i) => {
      if (s >= t && labels[i] === 1) tp++;
      else if (s >= t) fp++;
      else if (labels[i] === 1) fn++;
    });
    const p = tp / Math.max(1, tp + fp);
    const r = tp / Math.max(1, tp + fn);
    const f = p + r === 0 ? 0 : (1.25 * p * r) / (0.25 * p + r);
    if (f > bestF + 1e-9) {
      bestF = f;
      best = t;
    }
  }
  return best;
}

function choose(files: readonly FileResult[], inTraining: (r: Scored) => boolean): Choice {
  const off = new Map<string, string[]>();
  const langs = [...new Set(files.map((f) => f.lang))];
  for (const lang of langs) {
    const groups = files
      .filter((f) => f.lang === lang)
      .map((f) => {
        const idx = f.rows.map((r, i) => (inTraining(r) ? i : -1)).filter((i) => i >= 0);
        return { items: idx.map((i) => f.items[i]!), labels: idx.map((i) => f.rows[i]!.label) };
      })
      .filter((g) => g.labels.includes(0) && g.labels.includes(1));
    off.set(lang, groups.length > 0 ? selectFamilies(groups) : []);
  }
  // "Hot" is chosen where the label means upset (annotators' frustration ≥ 3 of 4), not where it
  // means "a complaint" or "negative sentiment", which a warm band already covers.
  const rated = files.filter((f) => f.rows.some((r) => r.frustration !== null));
  const scores: number[] = [];
  const labels: number[] = [];
  for (const f of rated.length > 0 ? rated : files) {
    const w = weightsFor(off.get(f.lang) ?? []);
    f.rows.forEach((r, i) => {
      if (!inTraining(r)) return;
      scores.push(w ? keelScore(f.items[i]!, w).score : r.keel);
      labels.push(r.label);
    });
  }
  return { off, hot: selectHot(scores, labels) };
}

interface HeldOut {
  /** Per file: each item's score under the choice made without its fold. */
  scores: Map<string, number[]>;
  /** Per file: whether the item reached the hot band under that fold's threshold. */
  hot: Map<string, boolean[]>;
  choices: Choice[];
}

function heldOut(files: readonly FileResult[], k: number): HeldOut {
  const scores = new Map(files.map((f) => [f.file, f.rows.map(() => NaN)]));
  const hot = new Map(files.map((f) => [f.file, f.rows.map(() => false)]));
  const choices: Choice[] = [];
  for (let fold = 0; fold < k; fold++) {
    const choice = choose(files, (r) => r.fold !== fold);
    choices.push(choice);
    for (const f of files) {
      const w = weightsFor(choice.off.get(f.lang) ?? []);
      f.rows.forEach((r, i) => {
        if (r.fold !== fold) return;
        const s = w ? keelScore(f.items[i]!, w).score : r.keel;
        scores.get(f.file)![i] = s;
        hot.get(f.file)![i] = s >= choice.hot;
      });
    }
  }
  return { scores, hot, choices };
}

// ---------------------------------------------------------------- report

function fmt(x: number, digits = 3): string {
  return Number.isNaN(x) ? 'n/a' : x.toFixed(digits);
}

function table(columns: readonly string[], rows: string[][]): string {
  const all = [[...columns], ...rows];
  const widths = columns.map((_, c) => Math.max(...all.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line([...columns]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function precisionRecall(flags: readonly boolean[], labels: readonly number[]): [number, number] {
  let tp = 0;
  let fp = 0;
  let positives = 0;
  flags.forEach((f, i) => {
    if (labels[i] === 1) positives++;
    if (f && labels[i] === 1) tp++;
    else if (f) fp++;
  });
  return [tp + fp === 0 ? NaN : tp / (tp + fp), positives === 0 ? NaN : tp / positives];
}

const MAIN_COLUMNS = ['file', 'lang', 'items', 'hot', 'AUC', 'held-out', 'never-read', 'F1', 'P hot+', 'R hot+', 'AFINN', 'nlp.js', 'Δ best peer', 'ρ Keel', 'ρ AFINN'];

function mainRow(f: FileResult, h: HeldOut): string[] {
  const labels = f.rows.map((r) => r.label);
  const keel = f.rows.map((r) => r.keel);
  const held = h.scores.get(f.file)!;
  const fold0 = f.rows.map((r, i) => (r.fold === 0 ? i : -1)).filter((i) => i >= 0);
  const neverRead = rocAuc(fold0.map((i) => held[i]!), fold0.map((i) => labels[i]!));
  const heldAuc = rocAuc(held, labels);
  const [p, r] = precisionRecall(h.hot.get(f.file)!, labels);
  const aucA = rocAuc(f.rows.map((x) => x.afinn), labels);
  const hasNlp = f.rows.every((x) => x.nlpjs !== null);
  const aucN = hasNlp ? rocAuc(f.rows.map((x) => x.nlpjs!), labels) : NaN;
  const bestPeer = Math.max(aucA, Number.isNaN(aucN) ? -Infinity : aucN);
  const rated = f.rows.filter((x) => x.frustration !== null);
  const rho = (pick: (x: Scored) => number) => (rated.length > 1 ? spearman(rated.map(pick), rated.map((x) => x.frustration!)) : NaN);
  const diff = heldAuc - bestPeer;
  return [
    basename(f.file, '.jsonl'),
    f.lang,
    String(f.rows.length),
    String(labels.filter((l) => l === 1).length),
    fmt(rocAuc(keel, labels)),
    fmt(heldAuc),
    fmt(neverRead),
    fmt(bestF1(keel, labels).f1),
    fmt(p, 2),
    fmt(r, 2),
    fmt(aucA),
    fmt(aucN),
    `${diff >= 0 ? '+' : ''}${fmt(diff)}`,
    fmt(rho((x) => x.keel)),
    fmt(rho((x) => x.afinn)),
  ];
}

const BANDS = ['calm', 'warm', 'hot', 'critical'];

function bandRow(f: FileResult): string[] {
  const cells = BANDS.map((b) => {
    const inBand = f.rows.filter((r) => r.band === b);
    return `${inBand.filter((r) => r.label === 0).length} / ${inBand.filter((r) => r.label === 1).length}`;
  });
  const [p, r] = precisionRecall(f.rows.map((x) => x.band === 'hot' || x.band === 'critical'), f.rows.map((x) => x.label));
  return [basename(f.file, '.jsonl'), ...cells, fmt(p, 2), fmt(r, 2)];
}

function printMisses(files: readonly FileResult[], n: number): void {
  for (const f of files) {
    const readable = f.rows.filter((r) => r.fold !== 0);
    const sorted = [...readable].sort((a, b) => a.keel - b.keel);
    const missedHot = sorted.filter((r) => r.label === 1).slice(0, n);
    const falseHeat = sorted.filter((r) => r.label === 0).reverse().slice(0, n);
    console.log(`\n== ${basename(f.file)}: hot items scored lowest (folds 1…K−1 only)`);
    for (const r of missedHot) console.log(`  ${r.keel.toFixed(1).padStart(5)}  ${r.text.replace(/\s+/g, ' ').slice(0, 200)}`);
    console.log(`== ${basename(f.file)}: calm items scored highest`);
    for (const r of falseHeat) console.log(`  ${r.keel.toFixed(1).padStart(5)}  ${r.text.replace(/\s+/g, ' ').slice(0, 200)}`);
  }
}

async function main(argv: string[]): Promise<number> {
  const files: string[] = [];
  let scoresOut: string | null = null;
  let misses = 0;
  let k = 5;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--scores' || a === '--misses' || a === '--folds') {
      const value = argv[++i];
      if (!value) {
        console.error(`${a} needs a value`);
        return 2;
      }
      if (a === '--scores') scoresOut = value;
      else if (a === '--misses') misses = Number(value);
      else k = Number(value);
      if (Number.isNaN(misses) || !Number.isInteger(k) || k < 2) {
        console.error(`${a}: expected a number${a === '--folds' ? ' ≥ 2' : ''}, got "${value}"`);
        return 2;
      }
    } else files.push(a);
  }
  if (files.length === 0) {
    console.error('usage: npm run eval:temperature -- FILE.jsonl [FILE…] [--scores OUT.jsonl] [--misses N] [--folds K]');
    return 2;
  }
  const errors: string[] = [];
  const out: string[] = [];
  const results: FileResult[] = [];
  for (const file of files) {
    const before = errors.length;
    const items = readItems(file, errors);
    for (const e of errors.slice(before)) console.error(`error: ${e}`);
    if (!items || items.length === 0) continue;
    const lang = items[0]!.lang ?? 'en';
    const rows: Scored[] = [];
    for (const item of items) {
      const kk = keelScore(item);
      const id = String(item.id);
      out.push(JSON.stringify({ id, score: kk.score, band: kk.band }));
      rows.push({
        id,
        fold: foldOf(id, k),
        label: item.label,
        frustration: item.frustration ?? null,
        text: item.messages.filter((m) => m.role === 'customer').map((m) => m.text).join(' ⏎ '),
        keel: kk.score,
        band: kk.band,
        afinn: afinnScore(item),
        nlpjs: await nlpjsScore(item, item.lang ?? lang),
      });
    }
    results.push({ file, lang, items, rows });
  }
  if (results.length > 0) {
    const h = heldOut(results, k);
    console.log(table(MAIN_COLUMNS, results.map((f) => mainRow(f, h))));
    console.log(`
AUC: all items, as shipped. held-out: ${k}-fold; word families per language and the hot band's start
chosen on ${k - 1} folds, measured on the fold left out (the figure that counts). never-read: the
held-out AUC on fold 0 alone, whose items --misses never shows. F1 at the best threshold. P/R hot+:
precision and recall of "hot or critical" at the hot band chosen without the item's fold.
Peers: AFINN (\`sentiment\`, comparative score negated) and nlp.js (\`@nlpjs/sentiment\`, the item's
language, score negated), hottest customer message per item; Δ best peer = held-out − best peer.`);
    console.log(`\nBands as shipped (hot starts at ${DEFAULT_THRESHOLDS.hot}): not hot / hot items per band\n`);
    console.log(table(['file', ...BANDS, 'P hot+', 'R hot+'], results.map(bandRow)));
    const all = choose(results, () => true);
    console.log(`\nChoices per fold (hot band start; families switched off):`);
    h.choices.forEach((c, i) => console.log(`  fold ${i} left out: hot ≥ ${c.hot}; ${describeOff(c.off)}`));
    console.log(`On all folds (to ship): hot ≥ ${all.hot}; ${describeOff(all.off)}`);
    if (misses > 0) printMisses(results, misses);
  }
  if (scoresOut) writeFileSync(scoresOut, out.join('\n') + (out.length ? '\n' : ''));
  if (errors.length > 0) console.error(`${errors.length} error(s)`);
  return errors.length > 0 ? 1 : 0;
}

function describeOff(off: ReadonlyMap<string, string[]>): string {
  const parts = [...off].filter(([, codes]) => codes.length > 0).map(([lang, codes]) => `${lang}: ${codes.join(', ')}`);
  return parts.length === 0 ? 'no family switched off' : parts.join('; ');
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
