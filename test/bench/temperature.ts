/**
 * Temperature scoring throughput, measured against AFINN (the `sentiment` package) on the same
 * 10,000 synthetic support messages in the same run; time to score one 1,000-message thread; and
 * the engine's minified gzip size. Run alone with `npx tsx test/bench/temperature.ts`.
 */
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import Sentiment from 'sentiment';
import { scoreThread, type ThreadInput, type ThreadMessage } from '../../lib/temperature/index';
import { seededRandom as rng } from '../harness/random';


const CALM = [
  'Hi team, could you tell me how to export the monthly report as CSV?',
  'Thanks for the quick answer yesterday, that worked.',
  'We would like to add two more seats to our plan from next month.',
  'Is there a way to change the billing contact on our account?',
  'Quick question: does the API support pagination on the orders endpoint?',
  'Our admin is on leave, so please send the invoice to me this time.',
  'Great, thanks a lot for your help. You can close the ticket.',
  'Could you confirm the maintenance window for Saturday night?',
];
const TECHNICAL = [
  'The import job failed overnight. Log below:\n2024-03-02 01:14:07 ERROR worker-3 job 8812 killed: out of memory\n2024-03-02 01:14:07 FATAL: process killed by supervisor',
  'We see this when saving:\n```\nTypeError: Cannot read properties of undefined (reading "id")\n    at save (app.js:120:11)\n    at handle (router.js:88:5)\n```\nAny idea?',
  'The sync returns HTTP 502 Bad Gateway roughly once an hour. Retrying works. Version 4.2.1 on Ubuntu 22.04.',
  'Traceback (most recent call last):\n  File "sync.py", line 42, in run\nValueError: invalid token\nThe token was rotated last week, if that matters.',
  'After the update the dashboard takes about 40 seconds to load for users in the EU region.',
  '[WARN] retry budget exhausted for queue billing-events\n[ERROR] consumer crashed, restarting\nThis started after your release on Tuesday.',
];
const ANGRY = [
  'This is the third time I am asking for an update and nobody has replied. Completely unacceptable.',
  'We have been down since this morning and your team keeps asking us to clear the cache. Seriously?!',
  'If this is not fixed by Friday we will cancel our contract and take our business elsewhere.',
  'I want to speak to a manager. We were charged twice and still have no refund after three weeks.',
  'Any update?? Our customers cannot check out and we are losing money every hour.',
  'Thanks for nothing. I will be posting about this on LinkedIn and leaving a review.',
  'We are evaluating other vendors. Our legal team is reviewing the breach of the SLA.',
  'STILL NOT WORKING!! How many times do I have to explain the same problem?',
];
const QUOTED = '\n\nOn Mon, 4 Mar 2024 at 09:12, Support <support@example.com> wrote:\n> We are sorry for the frustration, this is unacceptable on our side.\n> Kind regards';
const SIGNATURE = '\n\n--\nJordan Lee | Operations | Example Ltd';

/** 10,000 messages by default: 40% calm, 30% technical (logs, traces), 30% angry, some with quoted history. */
export function syntheticMessages(count = 10_000, seed = 42): string[] {
  const next = rng(seed);
  const pick = (list: readonly string[]) => list[Math.floor(next() * list.length)]!;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = next();
    const pool = r < 0.4 ? CALM : r < 0.7 ? TECHNICAL : ANGRY;
    let text = pick(pool);
    const extra = Math.floor(next() * 3);
    for (let k = 0; k < extra; k++) text += ' ' + pick(next() < 0.5 ? pool : CALM);
    if (next() < 0.2) text += QUOTED;
    if (next() < 0.3) text += SIGNATURE;
    out.push(text);
  }
  return out;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Messages per second of each scorer over `texts`: 2 warm-up rounds, then `rounds` rounds in which
 * the scorers take turns (so load from other processes hits both alike). `rates` is the median
 * per scorer; `ratios[k]` is the median over rounds of scorer k's rate against scorer 0's in the
 * same round — the figure least moved by the machine speeding up or slowing down between rounds.
 */
export function throughputs(texts: readonly string[], scorers: ReadonlyArray<(text: string) => unknown>, rounds = 15): { rates: number[]; ratios: number[] } {
  for (let w = 0; w < 2; w++) for (const fn of scorers) for (const t of texts) fn(t);
  const rates: number[][] = scorers.map(() => []);
  for (let r = 0; r < rounds; r++) {
    scorers.forEach((fn, k) => {
      const t0 = performance.now();
      for (const t of texts) fn(t);
      rates[k]!.push((texts.length / (performance.now() - t0)) * 1000);
    });
  }
  return {
    rates: rates.map(median),
    ratios: rates.map((own) => median(own.map((rate, r) => rate / rates[0]![r]!))),
  };
}

function longThread(texts: readonly string[], size = 1000): ThreadInput {
  const start = Date.parse('2024-03-01T08:00:00Z');
  const messages: ThreadMessage[] = [];
  for (let i = 0; i < size; i++) {
    messages.push({ role: i % 2 === 0 ? 'customer' : 'agent', text: texts[i % texts.length]!, at: new Date(start + i * 600_000).toISOString(), id: `m${i}` });
  }
  return { messages, reopenCount: 1 };
}

async function engineGzipBytes(): Promise<number> {
  // The engine alone, bundled and minified as a bundler would ship it inside the worker.
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, '../../lib/temperature/index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}

export async function benchTemperature(): Promise<Record<string, number | string>> {
  const texts = syntheticMessages();
  const now = new Date('2024-03-20T12:00:00Z');
  const afinn = new Sentiment();
  // Each message scored as a whole one-message thread: the conservative figure.
  const { rates, ratios } = throughputs(texts, [
    (text) => scoreThread({ messages: [{ role: 'customer', text }] }, { now }),
    (text) => afinn.analyze(text),
  ]);
  const [keelRate, afinnRate] = rates as [number, number];
  const thread = longThread(texts);
  for (let w = 0; w < 3; w++) scoreThread(thread, { now });
  const threadMs: number[] = [];
  for (let r = 0; r < 15; r++) {
    const t0 = performance.now();
    scoreThread(thread, { now });
    threadMs.push(performance.now() - t0);
  }
  return {
    'keel messages/s (one core)': Math.round(keelRate),
    'afinn messages/s (same messages, same run)': Math.round(afinnRate),
    // AFINN's rate over Keel's, inverted: Keel's rate as a share of AFINN's, paired by round.
    'keel/afinn throughput ratio': Math.round((1 / ratios[1]!) * 100) / 100,
    'score one 1,000-message thread (median ms)': Math.round(median(threadMs) * 100) / 100,
    'engine minified gzip bytes': await engineGzipBytes(),
    note: `${texts.length} synthetic messages (seed 42); Keel scores each as its own thread (scoreThread), AFINN runs sentiment.analyze on the same text`,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchTemperature().then(
    (result) => {
      for (const [k, v] of Object.entries(result)) console.log(`${k.padEnd(48)} ${v}`);
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
