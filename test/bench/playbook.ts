/**
 * The prompts engine on one ticket: de-escalation prompts, unanswered questions and constraints on
 * a 100-message thread, plus the tone check of a 2,000-word draft, together (issue 8: median
 * ≤ 5 ms). The temperature reasons the prompts read are scored once beforehand, as the worker has
 * them from the reading; scoring itself is measured in the temperature bench. Run alone with
 * `npx tsx test/bench/playbook.ts`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkTone, defaultPlaybook, guidanceFor } from '../../lib/playbook/index';
import { scoreThread, threadFromSnapshot } from '../../lib/temperature/index';
import { angry } from '../demo-desk/stories/angry';
import { snapshotOfStory } from '../harness/story-snapshot';

const MESSAGES = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
const words = (key: string) => MESSAGES[key]?.message ?? key;

/** The angry story's messages, repeated (times moved back) until the thread has `count` messages. */
function longThread(count: number, now: Date) {
  const base = snapshotOfStory(angry, now);
  const messages = Array.from({ length: count }, (_, i) => {
    const m = base.messages[i % base.messages.length]!;
    const shift = Math.floor(i / base.messages.length) * 3_600_000;
    return { ...m, id: `m${i}`, at: new Date(Date.parse(m.at) - (count - i) * 60_000 - shift).toISOString() };
  }).sort((a, b) => a.at.localeCompare(b.at));
  return { ...base, messages };
}

const SENTENCES = [
  'Hi Marcus, thank you for your patience while we look into the dashboards.',
  'As I said in my last email, the 502 errors are expected behaviour during the failover.',
  'Our SRE team opened INC-2291 and the RCA will follow.',
  'We will try to have a fix ASAP, hopefully by tomorrow.',
  'I understand how disruptive this is for your dispatchers, and I am sorry.',
  'Next, we are moving your workspace to the healthy cluster.',
  'Unfortunately there is nothing we can do about the status page.',
  'I will send you the next update by 15:30 today.',
];

function draftOf(wordCount: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < wordCount; i++) {
    const s = SENTENCES[i % SENTENCES.length]!;
    parts.push(s);
    n += s.split(/\s+/).length;
    if (i % 4 === 3) parts.push('\n\n');
  }
  return parts.join(' ');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export interface PlaybookBench {
  'prompts + questions + tone, 100 messages + 2,000 words (median ms)': number;
  'same, CPU time of the process (median ms; ≈ wall time on an idle machine)': number;
  'prompts + questions + constraints, 100 messages (median ms)': number;
  'tone check, 2,000 words (median ms)': number;
  'prompts shown': number;
  'tone findings': number;
}

export function benchPlaybook(runs = 41): PlaybookBench {
  const now = new Date('2026-03-10T12:00:00Z');
  const snapshot = longThread(100, now);
  const reasons = scoreThread(threadFromSnapshot(snapshot), { now, maxReasons: 50 }).reasons;
  const playbook = defaultPlaybook(words);
  const context = { now, customer: 'Marcus', organization: 'Halvorsen Freight', agent: 'Dana', formatTime: (iso: string) => iso.slice(11, 16) };
  const draft = draftOf(2000);
  const toneOptions = { jargon: playbook.jargon, legal: true, noEta: true };
  const both: number[] = [];
  const bothCpu: number[] = [];
  const guidance: number[] = [];
  const tone: number[] = [];
  let prompts = 0;
  let findings = 0;
  for (let i = 0; i < runs + 5; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const g = guidanceFor({ snapshot, reasons, playbook, context, available: () => true });
    const t1 = performance.now();
    const r = checkTone(draft, toneOptions);
    const t2 = performance.now();
    const c = process.cpuUsage(c0);
    if (i < 5) continue; // warm-up
    guidance.push(t1 - t0);
    tone.push(t2 - t1);
    both.push(t2 - t0);
    bothCpu.push((c.user + c.system) / 1000);
    prompts = g.prompts.length;
    findings = r.findings.length;
  }
  return {
    'prompts + questions + tone, 100 messages + 2,000 words (median ms)': median(both),
    'same, CPU time of the process (median ms; ≈ wall time on an idle machine)': median(bothCpu),
    'prompts + questions + constraints, 100 messages (median ms)': median(guidance),
    'tone check, 2,000 words (median ms)': median(tone),
    'prompts shown': prompts,
    'tone findings': findings,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(benchPlaybook());
