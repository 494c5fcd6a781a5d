/**
 * npm run eval:temperature -- FILE.jsonl [FILE…] [--scores OUT.jsonl]
 *
 * Scores labelled threads with Keel and, in the same run, with AFINN (the `sentiment` package, a
 * dev dependency used only for this comparison), and prints per file: items, hot items, ROC AUC,
 * best-threshold F1 and, when items carry `frustration`, Spearman correlation with it.
 * Format of the files: ../shared/eval/temperature-dev/README.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import Sentiment from 'sentiment';
import { z } from 'zod';
import { scoreThread, type ThreadInput } from '../../lib/temperature/index';
import { bestF1, rocAuc, spearman } from './metrics';

const ItemSchema = z.object({
  id: z.union([z.string(), z.number()]),
  label: z.union([z.literal(0), z.literal(1)], { error: 'must be 0 or 1' }),
  frustration: z.number().nullish(),
  messages: z.array(
    z.object({
      role: z.enum(['customer', 'agent', 'system'], { error: 'must be customer, agent or system' }),
      text: z.string({ error: 'must be a string' }),
      at: z.string().nullish(),
    }),
  ),
});
type Item = z.infer<typeof ItemSchema>;

interface Scored {
  id: string;
  label: number;
  frustration: number | null;
  keel: number;
  band: string;
  afinn: number;
}

const afinn = new Sentiment();
/** Deterministic "now" for items without times; items with times use their latest message. */
const FIXED_NOW = Date.parse('2024-01-01T00:00:00Z');

export function keelScore(item: Item): { score: number; band: string } {
  let now = FIXED_NOW;
  for (const m of item.messages) {
    const t = m.at ? Date.parse(m.at) : NaN;
    if (!Number.isNaN(t) && t > now) now = t;
  }
  const input: ThreadInput = { messages: item.messages.map((m) => ({ role: m.role, text: m.text, at: m.at ?? null })) };
  const t = scoreThread(input, { now: new Date(now) });
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

function fmt(x: number, digits = 3): string {
  return Number.isNaN(x) ? 'n/a' : x.toFixed(digits);
}

const COLUMNS = ['file', 'items', 'hot', 'AUC Keel', 'AUC AFINN', 'Δ AUC', 'F1 Keel', 'F1 AFINN', 'ρ Keel', 'ρ AFINN'];

/** One table row per file; Spearman (ρ) against `frustration` when the items carry it. */
function row(file: string, rows: Scored[]): string[] {
  const labels = rows.map((r) => r.label);
  const keel = rows.map((r) => r.keel);
  const af = rows.map((r) => r.afinn);
  const rated = rows.filter((r) => r.frustration !== null);
  const rho = (pick: (r: Scored) => number) =>
    rated.length > 1 ? spearman(rated.map(pick), rated.map((r) => r.frustration!)) : NaN;
  const aucK = rocAuc(keel, labels);
  const aucA = rocAuc(af, labels);
  const diff = aucK - aucA;
  return [
    basename(file),
    String(rows.length),
    String(labels.filter((l) => l === 1).length),
    fmt(aucK),
    fmt(aucA),
    Number.isNaN(diff) ? 'n/a' : `${diff >= 0 ? '+' : ''}${fmt(diff)}`,
    fmt(bestF1(keel, labels).f1),
    fmt(bestF1(af, labels).f1),
    fmt(rho((r) => r.keel)),
    fmt(rho((r) => r.afinn)),
  ];
}

function table(rows: string[][]): string {
  const all = [COLUMNS, ...rows];
  const widths = COLUMNS.map((_, c) => Math.max(...all.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(COLUMNS), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function main(argv: string[]): number {
  const files: string[] = [];
  let scoresOut: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--scores') {
      scoresOut = argv[++i] ?? null;
      if (!scoresOut) {
        console.error('--scores needs a file name');
        return 2;
      }
    } else files.push(argv[i]!);
  }
  if (files.length === 0) {
    console.error('usage: npm run eval:temperature -- FILE.jsonl [FILE…] [--scores OUT.jsonl]');
    return 2;
  }
  const errors: string[] = [];
  const out: string[] = [];
  const rows: string[][] = [];
  for (const file of files) {
    const before = errors.length;
    const items = readItems(file, errors);
    for (const e of errors.slice(before)) console.error(`error: ${e}`);
    if (!items) continue;
    const scored: Scored[] = items.map((item) => {
      const k = keelScore(item);
      const id = String(item.id);
      out.push(JSON.stringify({ id, score: k.score, band: k.band }));
      return { id, label: item.label, frustration: item.frustration ?? null, keel: k.score, band: k.band, afinn: afinnScore(item) };
    });
    rows.push(row(file, scored));
  }
  if (rows.length > 0) {
    console.log(table(rows));
    console.log('\nAFINN: `sentiment` package, comparative score negated, hottest customer message per item.');
  }
  if (scoresOut) writeFileSync(scoresOut, out.join('\n') + (out.length ? '\n' : ''));
  if (errors.length > 0) console.error(`${errors.length} error(s)`);
  return errors.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
