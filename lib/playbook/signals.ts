/**
 * What in a ticket calls for a prompt. Most signals are the temperature engine's reasons (by
 * their code: 'legal-threat', 'churn-threat', 'repeated-chase', 'sla-due-soon', …), with the
 * customer's words as evidence. Those the engine does not emit are read from the snapshot here:
 * a recurrence the customer names ("the third time this quarter"), a promise the customer says
 * was broken ("you said you would call"), how long the customer has waited for an agent, and an
 * SLA target about to fall due when the reading's top reasons left it out.
 */
import type { Reason } from '../model/temperature';
import type { Signal } from '../model/playbook';
import type { Quote, SignalFacts } from '../model/prompt';
import type { CaseSnapshot, SnapshotMessage } from '../model/snapshot';
import { clip, ownTextEnd, sentenceAt, wordPattern } from './text';

export interface SignalHit {
  signal: Signal;
  facts: SignalFacts;
  quotes: Quote[];
  /** Changes when the reason changes: a dismissed prompt comes back then. */
  fingerprint: string;
}

/** A promise the cadence domain found broken (an agent said "by 15:00" and nobody wrote by then). */
export interface BrokenPromise {
  text: string;
  dueAt: string;
  messageId?: string | null;
}

export interface SignalInput {
  snapshot: Pick<CaseSnapshot, 'messages' | 'sla' | 'reopenCount'>;
  /** Every reason of a scoring of the thread (not only the top few a reading keeps). */
  reasons: readonly Reason[];
  now: Date;
  brokenPromises?: readonly BrokenPromise[];
  /** What the customers' own words say (`threadSignals`), when the caller has it from an earlier call on the same messages. */
  thread?: ThreadSignals;
}

/** What the customers' own words say of broken promises and recurrences: it depends on the messages only. */
export interface ThreadSignals {
  readonly broken: readonly Quote[];
  readonly recurring: readonly Quote[];
}

/** The customer has waited this long for an agent since their first unanswered message. */
export const SILENCE_MINUTES = 60;
/** An SLA target due within this many minutes is at risk. */
export const SLA_RISK_MINUTES = 60;
const MAX_QUOTES = 4;

/** Reason codes of the temperature engine that are a signal as they are. */
const FROM_REASON: Readonly<Record<string, Signal>> = {
  'legal-threat': 'legal-threat',
  'churn-threat': 'churn-threat',
  'public-exposure': 'public-exposure',
  'manager-request': 'manager-request',
  'repeated-chase': 'update-chase',
  // The cadence domain's reason for a promise that fell due unkept (issue 8), under either name.
  'promise-broken': 'broken-promise',
  'broken-promise': 'broken-promise',
};

/** The customer says it happened before. */
const RECURRENCE = wordPattern(
  [
    '(?:second|third|fourth|fifth|2nd|3rd|4th|5th|\\d+(?:st|nd|rd|th)) time',
    'again and again',
    'keeps? (?:happening|failing|breaking|going down|crashing)',
    'happen(?:ed|ing|s)? again',
    '(?:down|broken|failing|failed|crashed) again',
    'same (?:issue|problem|error|outage|bug) (?:again|as (?:before|last))',
    'recurr(?:ing|ent|ence)',
    'once again',
    'schon wieder',
    'zum (?:zweiten|dritten|vierten) mal',
    'erneut',
    'encore une fois',
    'de nouveau',
    'à nouveau',
    'otra vez',
    'de nuevo',
    'outra vez',
    'de novo',
    'di nuovo',
    "un'altra volta",
    'alweer',
    'opnieuw',
    'weer (?:kapot|down|stuk)',
  ].join('|'),
);

/** The customer says a promise was not kept. */
const BROKEN = wordPattern(
  [
    "you (?:said|promised|told (?:me|us)|assured (?:me|us)) (?:you(?:'d| would)|it would|we would|that|to|by)",
    'was (?:supposed|meant) to',
    'were (?:supposed|meant) to',
    "(?:you|they) (?:never|didn't|did not) (?:call(?:ed)?|come back|got back|get back|follow(?:ed)? up|send|sent|update(?:d)?)",
    'still (?:no|waiting for the) (?:call|update|callback|fix) (?:you|that was) promised',
    'broken promise',
    'as promised\\?',
    'sie hatten (?:versprochen|zugesagt)',
    'wie versprochen',
    'vous aviez promis',
    'nos prometieron',
    'prometeram',
    'avevate promesso',
    'jullie hadden beloofd',
  ].join('|'),
);

function quoteOf(m: SnapshotMessage, start: number, end: number): Quote {
  return { messageId: m.id, at: m.at, text: clip(m.text.slice(start, end), 300) };
}

function fromEvidence(reason: Reason, messages: readonly SnapshotMessage[]): Quote[] {
  const quotes: Quote[] = [];
  for (const e of reason.evidence) {
    if (quotes.length >= MAX_QUOTES) break;
    const m = e.messageIndex !== null ? messages[e.messageIndex] : messages.find((x) => x.id === e.messageId);
    if (!e.quote && !m) continue;
    quotes.push({ messageId: e.messageId ?? m?.id ?? null, at: m?.at ?? null, text: clip(e.quote ?? m!.text, 300) });
  }
  return quotes;
}

function ids(quotes: readonly Quote[]): string {
  return quotes
    .map((q) => q.messageId ?? q.text.slice(0, 40))
    .sort()
    .join(',');
}

/** Matches of `pattern` in the customers' own words, newest first, at most one per message. */
function customerMatches(messages: readonly SnapshotMessage[], pattern: RegExp): Quote[] {
  const quotes: Quote[] = [];
  for (let i = messages.length - 1; i >= 0 && quotes.length < MAX_QUOTES; i--) {
    const m = messages[i]!;
    if (m.authorRole !== 'customer' || !m.public) continue;
    const end = ownTextEnd(m.text);
    pattern.lastIndex = 0;
    const hit = pattern.exec(m.text.slice(0, end));
    if (!hit) continue;
    const s = sentenceAt(m.text, hit.index);
    quotes.push(quoteOf(m, s.start, s.end));
  }
  return quotes;
}

const MINUTE = 60_000;

function silence(messages: readonly SnapshotMessage[], now: number): SignalHit | null {
  let first: SnapshotMessage | null = null;
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i]!;
    if (!m.public) continue;
    if (m.authorRole === 'agent') break;
    if (m.authorRole === 'customer') first = m;
  }
  if (!first) return null;
  const waited = Math.floor((now - Date.parse(first.at)) / MINUTE);
  if (!(waited >= SILENCE_MINUTES)) return null;
  return { signal: 'agent-silent', facts: { minutes: waited }, quotes: [quoteOf(first, 0, Math.min(first.text.length, 300))], fingerprint: `agent-silent|${first.id}` };
}

function slaRisk(sla: CaseSnapshot['sla'], now: number): SignalHit | null {
  let best: { metric: string; due: number } | null = null;
  for (const s of sla) {
    if (s.stage !== 'active' && s.stage !== 'breached') continue;
    if (s.closedAt) continue;
    const due = s.dueAt ? Date.parse(s.dueAt) : NaN;
    if (Number.isNaN(due) || due - now > SLA_RISK_MINUTES * MINUTE) continue;
    if (!best || due < best.due) best = { metric: s.metric, due };
  }
  if (!best) return null;
  const metric = best.metric.replace(/[_-]+/g, ' ').trim().toLowerCase();
  return { signal: 'sla-risk', facts: { minutes: Math.round((best.due - now) / MINUTE), metric }, quotes: [], fingerprint: `sla-risk|${best.metric}|${new Date(best.due).toISOString()}` };
}

/** Every signal in the ticket, at most one per kind. Pure. */
/** Reads the customers' words of a thread for broken promises and recurrences (see `ThreadSignals`). Pure. */
export function threadSignals(messages: readonly SnapshotMessage[]): ThreadSignals {
  return { broken: customerMatches(messages, BROKEN), recurring: customerMatches(messages, RECURRENCE) };
}

export function detectSignals({ snapshot, reasons, now, brokenPromises = [], thread }: SignalInput): SignalHit[] {
  const messages = snapshot.messages;
  const words = thread ?? threadSignals(messages);
  const at = now.getTime();
  const hits = new Map<Signal, SignalHit>();
  const add = (hit: SignalHit) => {
    if (!hits.has(hit.signal)) hits.set(hit.signal, hit);
  };

  for (const reason of reasons) {
    const signal = FROM_REASON[reason.code];
    if (!signal) continue;
    const quotes = fromEvidence(reason, messages);
    const facts: SignalFacts = signal === 'update-chase' ? { count: reason.evidence.length } : {};
    add({ signal, facts, quotes, fingerprint: `${signal}|${ids(quotes)}` });
  }

  if (brokenPromises.length > 0) {
    const quotes = brokenPromises.slice(0, MAX_QUOTES).map((p) => ({ messageId: p.messageId ?? null, at: p.dueAt, text: clip(p.text, 300) }));
    add({ signal: 'broken-promise', facts: { count: brokenPromises.length }, quotes, fingerprint: `broken-promise|${brokenPromises.map((p) => p.dueAt).join(',')}` });
  }
  const broken = [...words.broken];
  if (broken.length > 0) add({ signal: 'broken-promise', facts: {}, quotes: broken, fingerprint: `broken-promise|${ids(broken)}` });

  const reopens = snapshot.reopenCount ?? 0;
  const recurring = [...words.recurring];
  if (reopens > 0 || recurring.length > 0) {
    add({ signal: 'recurrence', facts: reopens > 0 ? { count: reopens } : {}, quotes: recurring, fingerprint: `recurrence|${reopens}|${ids(recurring)}` });
  }

  const waiting = silence(messages, at);
  if (waiting) add(waiting);
  else if (reasons.some((r) => r.code === 'agent-silent')) {
    // The agent spoke last, days ago, and the customer is heated (the engine's own judgement).
    const r = reasons.find((x) => x.code === 'agent-silent')!;
    const quotes = fromEvidence(r, messages);
    const since = quotes[0]?.at ? Math.floor((at - Date.parse(quotes[0].at)) / MINUTE) : undefined;
    add({ signal: 'agent-silent', facts: since === undefined ? {} : { minutes: since }, quotes, fingerprint: `agent-silent|${ids(quotes)}` });
  }

  const sla = slaRisk(snapshot.sla, at);
  if (sla) add(sla);
  else {
    // The engine judged a target breached or due soon that the snapshot's targets alone do not show.
    const r = reasons.find((x) => x.code === 'sla-breach' || x.code === 'sla-due-soon');
    if (r) add({ signal: 'sla-risk', facts: {}, quotes: [], fingerprint: `sla-risk|${r.code}` });
  }

  return [...hits.values()];
}
