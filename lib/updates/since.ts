/**
 * What changed since the last update sent to an audience: its state, severity, status, ETA and
 * workaround against the facts now, the plan items done since, and the customer's messages that
 * came after it. The next update starts from the last one plus these, so the user edits rather
 * than writes. Pure: data in, data out.
 */
import type { EtaConfidence } from '../model/factsheet';
import type { UpdateBasis } from '../model/update';

export type UpdateChange =
  | { kind: 'state'; from: string | null; to: string | null }
  | { kind: 'severity'; from: string | null; to: string | null }
  | { kind: 'status'; from: string; to: string }
  | { kind: 'eta'; from: { at: string | null; confidence: EtaConfidence | null }; to: { at: string | null; confidence: EtaConfidence | null } }
  | { kind: 'workaround'; from: string; to: string }
  | { kind: 'plan-done'; items: { id: string; title: string }[] }
  | { kind: 'customer-messages'; count: number; latestAt: string };

export interface SinceInput {
  /** The last update sent to the audience: when, and the facts it was written from. */
  last: { sentAt: string; basis: UpdateBasis };
  /** The facts now. */
  now: UpdateBasis;
  /** Plan items done now, with their titles (those not in the last basis are new). */
  planDone: readonly { id: string; title: string }[];
  /** The ticket's messages (any order); public customer messages after `sentAt` count. */
  messages: readonly { at: string; authorRole: string; public: boolean }[];
}

const same = (a: string | null, b: string | null) => (a ?? '').trim() === (b ?? '').trim();

/** The changes since the last update, in a fixed order: state, severity, status, ETA, workaround, plan items, customer messages. */
export function changesSince({ last, now, planDone, messages }: SinceInput): UpdateChange[] {
  const before = last.basis;
  const changes: UpdateChange[] = [];
  if (!same(before.state, now.state)) changes.push({ kind: 'state', from: before.state, to: now.state });
  if (!same(before.severity, now.severity)) changes.push({ kind: 'severity', from: before.severity, to: now.severity });
  if (!same(before.status, now.status)) changes.push({ kind: 'status', from: before.status.trim(), to: now.status.trim() });
  const etaMoved = (before.etaAt === null ? null : Date.parse(before.etaAt)) !== (now.etaAt === null ? null : Date.parse(now.etaAt));
  if (etaMoved || before.etaConfidence !== now.etaConfidence) {
    changes.push({ kind: 'eta', from: { at: before.etaAt, confidence: before.etaConfidence }, to: { at: now.etaAt, confidence: now.etaConfidence } });
  }
  if (!same(before.workaround, now.workaround)) changes.push({ kind: 'workaround', from: before.workaround.trim(), to: now.workaround.trim() });
  const doneBefore = new Set(before.planDone);
  const newlyDone = planDone.filter((item) => !doneBefore.has(item.id));
  if (newlyDone.length) changes.push({ kind: 'plan-done', items: newlyDone.map(({ id, title }) => ({ id, title })) });
  const since = Date.parse(last.sentAt);
  let count = 0;
  let latest = Number.NEGATIVE_INFINITY;
  for (const m of messages) {
    const at = Date.parse(m.at);
    if (m.authorRole !== 'customer' || !m.public || !(at > since)) continue;
    count++;
    latest = Math.max(latest, at);
  }
  if (count) changes.push({ kind: 'customer-messages', count, latestAt: new Date(latest).toISOString() });
  return changes;
}

/**
 * The heading Keel puts above the changes it lists ("**Since our last update (10:02):**"), as
 * the words around the time, so a heading Keel wrote can be found again.
 */
export interface SinceHeading {
  before: string;
  after: string;
}

/**
 * The next update to an audience: the changes (already worded, one line each) under the heading,
 * then the last update sent to it. A block of changes Keel put at the top of that last update is
 * replaced, not stacked. With no changes, the last update as it was.
 */
export function composeNext(lastText: string, heading: SinceHeading, time: string, lines: readonly string[]): string {
  const body = stripSinceBlock(lastText, heading);
  if (lines.length === 0) return body;
  return `${heading.before}${time}${heading.after}\n${lines.map((line) => `- ${line}`).join('\n')}\n\n${body}`;
}

/** The text without a leading block of changes under Keel's heading. */
export function stripSinceBlock(text: string, heading: SinceHeading): string {
  const trimmed = text.replace(/^\s+/, '');
  const [first = '', ...rest] = trimmed.split('\n');
  if (!(first.startsWith(heading.before) && first.trimEnd().endsWith(heading.after.trim()))) return trimmed;
  let i = 0;
  while (i < rest.length && /^\s*[-*] /.test(rest[i]!)) i++;
  return rest.slice(i).join('\n').replace(/^\s+/, '');
}
