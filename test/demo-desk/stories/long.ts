/**
 * Long thread: a five-week webhook investigation, 160+ messages of daily numbers, log lines,
 * stack traces, code, quoted e-mails and Q&A. Mixed tone, never angry. Generated
 * deterministically (seeded), so every run and every desk tells the same story.
 */
import type { CastKey } from './cast';
import { CAST } from './cast';
import { CLOSING, MIDDLE, OPENING, QUESTIONS, type Beat } from './long-texts';
import { DAY, HOUR, type Story, type StoryMessage } from './types';
import { seededRandom as seeded } from '../../harness/random';

const CREATED = 36 * DAY;
const LAST = 2 * DAY + 5 * HOUR;

type Phase = 'investigating' | 'rolling-out' | 'monitoring';


const REPORT_OPENERS = [
  'Numbers for last night:',
  'Daily numbers from our side:',
  "Quick update with yesterday's figures.",
  'Same format as before:',
  "Here's today's summary.",
  'Morning! Overnight stats below.',
  'Numbers below. Nothing unusual apart from the early-morning batch.',
  'Posting these before our stand-up:',
  'Same again today. Numbers below.',
  'Slightly better night than usual:',
];
const REPORT_CLOSERS = ['', '', 'Let me know if you need the raw logs.', 'Full receiver logs are in the shared folder as usual.', 'Happy to run anything else on our side.', 'Thanks!'];
const ACK_OPENERS = [
  'Thanks {name}, added to ENG-42.',
  'Got it, thank you; engineering has the numbers.',
  "Thanks for keeping these coming, they're really useful for lining up with our dispatcher metrics.",
  'Received, thanks.',
  'Thanks {name}.',
  'Thank you, noted on the engineering ticket.',
];
const ACK_FACTS: Record<Phase, string[]> = {
  investigating: [
    'The late batch lines up with the backfill window on the EU pool again.',
    "Your endpoint's error rate looked normal on our side, apart from the timeouts during your warehouse vacuum.",
    'We now have a dashboard for per-endpoint queue depth, so we can watch this live.',
    'Ravi is testing the fairness change in staging this week.',
    'Queue depth for your endpoint peaked at about 1,900 just after 02:00.',
  ],
  'rolling-out': [
    'The fairness change is now running on one of the four EU dispatchers.',
    'The remaining duplicates match timeouts during your deploy window.',
    'Queue depth for your endpoint stayed under 20 all night on the canary dispatcher.',
    'Release 4.18.1 is still on track for Thursday.',
  ],
  monitoring: [
    'Our side looks clean too: no retries for your endpoint since the rollout.',
    'Nothing was queued for more than 3 seconds last night.',
    "We'll keep tracing enabled until the end of the week.",
    'The EU pool is running well within capacity now.',
  ],
};

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function eventId(rand: () => number): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
  let id = 'evt_';
  for (let i = 0; i < 6; i++) id += pick(rand, alphabet.split(''));
  return id;
}

function report(rand: () => number, phase: Phase): string {
  const delivered = 14_000 + Math.floor(rand() * 6_000);
  const late = phase === 'investigating' ? 120 + Math.floor(rand() * 400) : phase === 'rolling-out' ? 20 + Math.floor(rand() * 120) : Math.floor(rand() * 3);
  const longest = phase === 'monitoring' ? `${(1 + rand() * 2).toFixed(1)} s` : `${5 + Math.floor(rand() * 16)} min`;
  const dups = phase === 'investigating' ? 25 + Math.floor(rand() * 30) : Math.floor(rand() * 3);
  const start = 120 + Math.floor(rand() * 30);
  const lines = [
    `{ts} INFO  beacon-receiver  event=${eventId(rand)} type=order.updated lag_ms=${200 + Math.floor(rand() * 900)}`,
    phase === 'monitoring'
      ? `{ts} INFO  beacon-receiver  event=${eventId(rand)} type=order.updated lag_ms=${300 + Math.floor(rand() * 1800)}`
      : `{ts} WARN  beacon-receiver  event=${eventId(rand)} type=order.updated lag_ms=${300_000 + Math.floor(rand() * 900_000)}`,
  ];
  if (dups > 0) lines.push(`{ts} WARN  beacon-receiver  duplicate event=${eventId(rand)} attempt=2`);
  const body = [
    pick(rand, REPORT_OPENERS),
    '',
    `- delivered: ${delivered.toLocaleString('en-US')}`,
    `- more than 5 minutes late: ${late}${late > 0 ? ` (longest ${longest}, between ${hhmm(start)} and ${hhmm(start + 20 + Math.floor(rand() * 25))} UTC)` : ''}`,
    `- duplicates by event id: ${dups}`,
    '',
    '```',
    ...lines,
    '```',
  ];
  const closer = pick(rand, REPORT_CLOSERS);
  if (closer) body.push('', closer);
  return body.join('\n');
}

function ack(rand: () => number, phase: Phase, customer: CastKey): string {
  const first = CAST[customer].name.split(' ')[0] ?? '';
  return `${pick(rand, ACK_OPENERS).replace('{name}', first)} ${pick(rand, ACK_FACTS[phase])}`;
}

type Item = Beat | { generate: 'report' | 'ack'; phase: Phase };

function pairs(n: number, phase: Phase): Item[] {
  const items: Item[] = [];
  for (let i = 0; i < n; i++) items.push({ generate: 'report', phase }, { generate: 'ack', phase });
  return items;
}

function qa(i: number): Beat[] {
  const pair = QUESTIONS[i];
  if (!pair) throw new Error(`no question ${i}`);
  return pair;
}

const PLAN: Item[] = [
  ...OPENING,
  ...pairs(8, 'investigating'),
  ...qa(0),
  MIDDLE.stackTrace,
  ...pairs(6, 'investigating'),
  ...qa(1),
  MIDDLE.dispatcherFinding,
  MIDDLE.quotedThanks,
  ...qa(2),
  ...pairs(7, 'investigating'),
  MIDDLE.raviJoins,
  MIDDLE.internalContext,
  ...qa(3),
  ...pairs(6, 'investigating'),
  MIDDLE.wearyButFine,
  ...qa(4),
  ...pairs(6, 'investigating'),
  MIDDLE.asyncDeployed,
  ...qa(5),
  ...pairs(6, 'rolling-out'),
  MIDDLE.duplicatesGone,
  ...qa(6),
  MIDDLE.fairnessScheduled,
  ...pairs(6, 'rolling-out'),
  MIDDLE.forwardedNote,
  ...qa(7),
  MIDDLE.fixDeployed,
  MIDDLE.internalFollowUp,
  ...pairs(6, 'monitoring'),
  CLOSING.cleanNights,
  ...qa(8),
  ...pairs(6, 'monitoring'),
  ...qa(9),
  ...pairs(4, 'monitoring'),
  CLOSING.monitor,
  CLOSING.blip,
  CLOSING.finalAgent,
];

function quote(previous: StoryMessage, now: Date): string {
  const at = new Date(now.getTime() - previous.ago * 60_000);
  const who = CAST[previous.by];
  const header = `On ${at.toUTCString().replace(' GMT', ' UTC')}, ${who.name} <${who.email}> wrote:`;
  return [header, ...previous.text.split('\n')].map((line) => (line ? `> ${line}` : '>')).join('\n');
}

/** Log timestamps in the early-morning (UTC) window before the message, when the late batches happen. */
function stampLogs(text: string, at: Date, rand: () => number): string {
  const dayStart = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  let cursor = dayStart + 2 * 3_600_000 + Math.floor(rand() * 40) * 60_000;
  if (cursor > at.getTime() - 30 * 60_000) cursor -= 24 * 3_600_000;
  return text.replace(/\{ts\}/g, () => {
    cursor += Math.floor(rand() * 90_000) + 500;
    return new Date(cursor).toISOString();
  });
}

export function long(now: Date): Story {
  const rand = seeded(20_251);
  const step = (CREATED - LAST) / (PLAN.length - 1);
  const messages: StoryMessage[] = [];
  let lastCustomer: CastKey = 'ingrid';
  let reporter: CastKey = 'jonas';
  PLAN.forEach((item, i) => {
    // Evenly spread with jitter of less than half a step, so the order never changes.
    const ago = i === 0 ? CREATED : Math.round(CREATED - i * step + (rand() - 0.5) * step * 0.8);
    const at = new Date(now.getTime() - ago * 60_000);
    let by: CastKey;
    let text: string;
    let internal = false;
    if ('generate' in item) {
      if (item.generate === 'report') {
        reporter = reporter === 'jonas' ? 'ingrid' : 'jonas';
        by = reporter;
        text = report(rand, item.phase);
      } else {
        const roll = rand();
        by = roll < 0.7 ? 'sam' : roll < 0.85 ? 'dana' : 'ravi';
        text = ack(rand, item.phase, lastCustomer);
        if (by === 'dana') text = `Covering for Sam today. ${text}`;
      }
    } else {
      by = item.by;
      text = item.text;
      internal = item.internal ?? false;
      const previous = messages.at(-1);
      if (item.quotePrevious && previous) text = `${text}\n\n${quote(previous, now)}`;
    }
    if (CAST[by].role === 'customer') lastCustomer = by;
    messages.push({ by, ago, text: stampLogs(text, at, rand), ...(internal ? { internal } : {}) });
  });

  return {
    scenario: 'long',
    subject: 'Webhook deliveries delayed and occasionally duplicated (order.updated)',
    requester: 'ingrid',
    assignee: 'sam',
    group: 'Tier 2 Support',
    status: 'pending',
    priority: 'normal',
    type: 'problem',
    tags: ['webhooks', 'integration', 'api', 'long-running'],
    createdAgo: CREATED,
    messages,
    events: [
      { ago: CREATED - 60, field: 'assignee', from: null, to: 'sam' },
      { ago: CREATED - Math.round(step), field: 'status', from: 'new', to: 'open' },
      { ago: LAST + 4 * Math.round(step), field: 'status', from: 'open', to: 'pending' },
      { ago: LAST + 3 * Math.round(step), field: 'status', from: 'pending', to: 'open' },
      { ago: LAST, field: 'status', from: 'open', to: 'pending' },
    ],
    sla: [{ metric: 'first_reply_time', targetMinutes: 8 * HOUR, startedAgo: CREATED, completedAgo: messages[1]?.ago ?? null }],
  };
}
