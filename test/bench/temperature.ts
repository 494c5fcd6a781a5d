/**
 * Temperature scoring throughput, measured against AFINN (the `sentiment` package) on the same
 * 10,000 synthetic support messages in the same run, in English and in German; time to score one
 * 1,000-message thread, in English and mixed across seven languages; 1 MB messages (issue 10); and
 * the engine's and the language lists' minified gzip size. Run alone with
 * `npx tsx test/bench/temperature.ts`.
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
const CALM_DE = [
  'Hallo Team, wie kann ich den Monatsbericht als CSV exportieren?',
  'Danke für die schnelle Antwort gestern, das hat funktioniert.',
  'Wir möchten ab nächstem Monat zwei weitere Lizenzen zu unserem Vertrag hinzufügen.',
  'Gibt es eine Möglichkeit, den Rechnungskontakt in unserem Konto zu ändern?',
  'Kurze Frage: Unterstützt die API Paginierung beim Endpunkt für Bestellungen?',
  'Unser Admin ist im Urlaub, bitte schicken Sie die Rechnung diesmal an mich.',
  'Super, vielen Dank für Ihre Hilfe. Sie können das Ticket schließen.',
  'Können Sie mir das Wartungsfenster für Samstagnacht bestätigen?',
];
const TECHNICAL_DE = [
  'Der Import ist heute Nacht fehlgeschlagen. Log unten:\n2024-03-02 01:14:07 ERROR worker-3 job 8812 killed: out of memory\n2024-03-02 01:14:07 FATAL: process killed by supervisor',
  'Beim Speichern sehen wir das:\n```\nTypeError: Cannot read properties of undefined (reading "id")\n    at save (app.js:120:11)\n```\nHaben Sie eine Idee?',
  'Die Synchronisierung liefert etwa einmal pro Stunde HTTP 502 Bad Gateway. Ein erneuter Versuch klappt. Version 4.2.1 auf Ubuntu 22.04.',
  'Nach dem Update braucht das Dashboard für Nutzer in der EU etwa 40 Sekunden zum Laden.',
];
const ANGRY_DE = [
  'Das ist das dritte Mal, dass ich nach einem Stand frage, und niemand antwortet. Völlig inakzeptabel.',
  'Seit heute Morgen geht nichts mehr und Ihr Team bittet uns, den Cache zu leeren. Im Ernst?!',
  'Wenn das bis Freitag nicht behoben ist, kündigen wir den Vertrag und gehen zur Konkurrenz.',
  'Ich möchte mit Ihrem Vorgesetzten sprechen. Uns wurde doppelt abgebucht und wir warten seit drei Wochen auf die Erstattung.',
  'Gibt es Neuigkeiten?? Unsere Kunden können nicht bezahlen und wir verlieren jede Stunde Umsatz.',
  'Danke für nichts. Unser Anwalt prüft jetzt den Vertragsbruch.',
  'FUNKTIONIERT IMMER NOCH NICHT!! Wie oft soll ich das Problem noch erklären?',
];
/** One customer message in each language Keel reads, for the mixed thread. */
const MIXED = [
  'This is the third time I am asking for an update and nobody has replied.',
  'Ich warte seit drei Wochen auf eine Antwort, das ist eine Frechheit.',
  "C'est inadmissible, j'attends depuis trois semaines et personne ne me répond.",
  'Llevo tres semanas esperando y nadie me responde. Muy mal servicio.',
  'Estou esperando há três semanas e ninguém me responde. Péssimo atendimento.',
  'Aspetto da tre settimane e nessuno mi risponde. Servizio pessimo.',
  'Ik wacht al drie weken en niemand reageert. Echt waardeloos.',
];
const QUOTED = '\n\nOn Mon, 4 Mar 2024 at 09:12, Support <support@example.com> wrote:\n> We are sorry for the frustration, this is unacceptable on our side.\n> Kind regards';
const SIGNATURE = '\n\n--\nJordan Lee | Operations | Example Ltd';

/** 10,000 messages by default: 40% calm, 30% technical (logs, traces), 30% angry, some with quoted history. */
export function syntheticMessages(count = 10_000, seed = 42, language: 'en' | 'de' = 'en'): string[] {
  const next = rng(seed);
  const pick = (list: readonly string[]) => list[Math.floor(next() * list.length)]!;
  const [calm, technical, angry] = language === 'de' ? [CALM_DE, TECHNICAL_DE, ANGRY_DE] : [CALM, TECHNICAL, ANGRY];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = next();
    const pool = r < 0.4 ? calm : r < 0.7 ? technical : angry;
    let text = pick(pool);
    const extra = Math.floor(next() * 3);
    for (let k = 0; k < extra; k++) text += ' ' + pick(next() < 0.5 ? pool : calm);
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

/** Time of one call, median of `rounds` after a warm-up. */
function medianMs(fn: () => unknown, rounds = 7): number {
  fn();
  const ms: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

async function gzipBytes(entry: string): Promise<number> {
  // Bundled and minified as a bundler would ship it inside the worker.
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, '../../lib/temperature', entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}

function rates(texts: readonly string[], now: Date, afinn: Sentiment): { keel: number; afinn: number; ratio: number } {
  // Each message scored as a whole one-message thread: the conservative figure.
  const { rates, ratios } = throughputs(texts, [
    (text) => scoreThread({ messages: [{ role: 'customer', text }] }, { now }),
    (text) => afinn.analyze(text),
  ]);
  // AFINN's rate over Keel's, inverted: Keel's rate as a share of AFINN's, paired by round.
  return { keel: Math.round(rates[0]!), afinn: Math.round(rates[1]!), ratio: Math.round((1 / ratios[1]!) * 100) / 100 };
}

export async function benchTemperature(): Promise<Record<string, number | string>> {
  const now = new Date('2024-03-20T12:00:00Z');
  const afinn = new Sentiment();
  const english = syntheticMessages();
  const german = syntheticMessages(10_000, 42, 'de');
  const en = rates(english, now, afinn);
  const de = rates(german, now, afinn);
  const thread = longThread(english);
  const mixed = longThread(MIXED);
  const one = (text: string) => () => scoreThread({ messages: [{ role: 'customer', text }] }, { now });
  return {
    'keel messages/s (one core)': en.keel,
    'afinn messages/s (same messages, same run)': en.afinn,
    'keel/afinn throughput ratio': en.ratio,
    'keel messages/s, German': de.keel,
    'afinn messages/s, German messages': de.afinn,
    'keel/afinn throughput ratio, German': de.ratio,
    'score one 1,000-message thread (median ms)': Math.round(medianMs(() => scoreThread(thread, { now }), 15) * 100) / 100,
    'score one 1,000-message mixed-language thread (median ms)': Math.round(medianMs(() => scoreThread(mixed, { now }), 15) * 100) / 100,
    'score 512 KB of "thank you." (median ms)': Math.round(medianMs(one('thank you. '.repeat(Math.ceil(524_288 / 11)))) * 100) / 100,
    'score 1 MB of 😡 (median ms)': Math.round(medianMs(one('😡'.repeat(524_288))) * 100) / 100,
    'score 1 MB of German complaint (median ms)': Math.round(medianMs(one(ANGRY_DE.join(' ').repeat(Math.ceil(1_048_576 / ANGRY_DE.join(' ').length)))) * 100) / 100,
    'engine minified gzip bytes': await gzipBytes('index.ts'),
    'language lists minified gzip bytes': await gzipBytes('languages/index.ts'),
    note: `${english.length} synthetic messages per language (seed 42); Keel scores each as its own thread (scoreThread), AFINN runs sentiment.analyze on the same text`,
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
