import { findEscalation } from '../../db/repositories/escalation';
import { listPromptStates, setPromptState } from '../../db/repositories/prompt';
import { promiseClock } from '../../format/time';
import { t, type MessageKey } from '../../i18n';
import type { prompt } from '../../messaging/protocol/prompt';
import type { Guidance } from '../../messaging/protocol/prompt';
import type { DomainHandlers } from '../../messaging/server';
import { caseKey, type CaseKey, type CaseRef } from '../../model/case-ref';
import type { Playbook } from '../../model/playbook';
import { ME } from '../../model/record';
import type { CaseSnapshot } from '../../model/snapshot';
import { defaultPlaybook, guidanceFor, legalInvolved, promiseTime, type threadGuidance, type BrokenPromise, type ThreadSignals } from '../../playbook';
import { readThreadSoon, threadReadingOf } from '../thread-reading';
import { snapshotFingerprint } from '../../cases/fingerprint';
import type { Reason } from '../../model/temperature';
import type { CaseRecord } from '../../model/case-record';
import type { ThreadReading } from '../../model/prompt';
import type { Settings } from '../../model/settings';
import type { PromiseRecord } from '../../model/promise';
import { getSettings } from '../../settings/storage';
import { scoreThread, threadFromSnapshot } from '../../temperature';
import { caseChanged } from '../changes';
import { getDb } from '../db';
import { promptActions } from '../prompt-actions';
import type { WorkerDeps } from './deps';
import { caseRecordIn, escalationIn, promisesIn } from '../scoped-reads';
import { frozen } from '../../model/frozen';

/**
 * The shipped playbook as last built, with the language its words were looked up in: building it
 * looks up a hundred messages, and the words only change with the language of the messages. Frozen,
 * since every answer shares it.
 */
let shipped: { locale: string; playbook: Playbook } | null = null;

/** The playbook in force: the user's, else the shipped one in the user's language (built once per language). */
export function playbookInForce(stored: Playbook | undefined): Playbook {
  if (stored) return stored;
  const locale = t('messagesLocale');
  if (shipped?.locale !== locale) shipped = { locale, playbook: frozen(defaultPlaybook((key) => t(key as MessageKey))) };
  return shipped.playbook;
}

/** The words a prompt fills in for this ticket, with a word for what the desk did not say. */
function wordsFor(snapshot: CaseSnapshot): { customer: string; organization: string; agent: string } {
  const requester = snapshot.requester;
  const first = requester?.name.trim().split(/\s+/)[0];
  return {
    customer: first || t('promptFillCustomer'),
    organization: requester?.organization?.trim() || requester?.name.trim() || t('promptFillOrganization'),
    agent: snapshot.assignee?.trim() || t('promptFillAgent'),
  };
}

/**
 * Promises to the customer the ledger holds broken and unanswered since, or still open past their
 * due time (the reminder alarm has not judged them yet): each is one the user must own with a new
 * time. A broken promise answered since was already owned by that answer; one closed by hand is
 * settled. Oldest due first, so the prompt quotes the one the customer has waited on longest.
 */
export function brokenForPrompts(promises: readonly PromiseRecord[], now: Date): BrokenPromise[] {
  return promises
    .filter((p) => p.audience === 'customer' && p.quote.trim() !== '' && p.dueAt !== null)
    .filter((p) => (p.state === 'broken' && p.answeredAt === null) || (p.state === 'open' && Date.parse(p.dueAt!) <= now.getTime()))
    .sort((a, b) => Date.parse(a.dueAt!) - Date.parse(b.dueAt!))
    .map((p) => ({ text: p.quote, dueAt: p.dueAt!, messageId: p.messageId }));
}

/**
 * What reading a thread yields for the prompts, kept for the few threads last asked about: the
 * panel asks again on every change to the escalation, and reading a long thread is most of the
 * answer's cost. Keyed by the thread's content; the reasons also depend on the time (waits,
 * targets falling due) and the settings, so they are kept for the same minute and settings only.
 */
const threads = new Map<string, { reasonsKey: string; reasons: Reason[]; words: ThreadReading }>();
const THREADS_KEPT = 8;

/** Forgets what was read in memory, as a worker Chrome starts again has (tests, between cases). */
export function forgetThreadsInMemory(): void {
  threads.clear();
}

function readThread(key: CaseKey, record: CaseRecord & { snapshot: CaseSnapshot }, now: Date, settings: Settings): { reasons: Reason[]; thread: ReturnType<typeof threadGuidance>; signals: ThreadSignals } {
  const snapshot = record.snapshot;
  // The fingerprint the thread was last scored under changes whenever its messages do (hashing a
  // long thread again costs as much as a tenth of the answer).
  const content = `${key}|${record.scoredFingerprint ?? snapshotFingerprint(snapshot, now)}`;
  const t = settings.thresholds;
  const reasonsKey = `${Math.floor(now.getTime() / 60_000)}|${t ? `${t.warm}/${t.hot}/${t.critical}` : '-'}|${settings.replyTargetMinutes ?? '-'}`;
  const kept = threads.get(content);
  threads.delete(content);
  // Not in memory (a worker just started, another thread since): the reading kept with the record.
  const words = kept?.words ?? threadReadingOf(key, record);
  // Every reason, not only the few a reading keeps: a prompt may answer one the top five left out.
  const reasons = kept?.reasonsKey === reasonsKey ? kept.reasons : scoreThread(threadFromSnapshot(snapshot), { now, thresholds: settings.thresholds, replyTargetMinutes: settings.replyTargetMinutes, maxReasons: 50 }).reasons;
  threads.set(content, { reasonsKey, reasons, words });
  if (threads.size > THREADS_KEPT) threads.delete(threads.keys().next().value!);
  return { reasons, thread: { unanswered: words.unanswered, constraints: words.constraints }, signals: { broken: words.broken, recurring: words.recurring } };
}

/** Minutes to the next update a tone check's rewrite promises ("by 15:30"). */
const NEXT_UPDATE_MINUTES = 60;

export function promptHandlers(deps: WorkerDeps): DomainHandlers<typeof prompt> {
  async function escalationOf(ref: CaseRef) {
    const escalation = await findEscalation(await getDb(), ref);
    if (!escalation) throw new Error(t('promptNeedsEscalation'));
    return escalation;
  }

  // A new snapshot: its thread is read in the background and kept, for the prompts of a worker
  // that Chrome will have stopped and started again by the time the user opens the panel.
  deps.events.subscribe('snapshotIngested', 'prompt', ({ caseKey: key }) => readThreadSoon(key));

  return {
    async getPrompts({ ref }, _sender, scope): Promise<Guidance> {
      const db = await getDb();
      const now = deps.clock.now();
      const [record, escalation, settings] = await Promise.all([caseRecordIn(scope, db, caseKey(ref)), escalationIn(scope, db, ref), getSettings()]);
      const playbook = playbookInForce(settings.playbook);
      const snapshot = record?.snapshot ?? null;
      const formatTime = (iso: string) => promiseClock(iso, now);
      const nextUpdate = formatTime(promiseTime(now, NEXT_UPDATE_MINUTES).toISOString());
      if (!snapshot) return { read: false, escalated: !!escalation, prompts: [], unanswered: [], constraints: [], legal: false, jargon: playbook.jargon, nextUpdate };
      const { reasons, thread, signals } = readThread(caseKey(ref), { ...record!, snapshot }, now, settings);
      const [states, promises] = escalation ? await Promise.all([listPromptStates(db, escalation.id), promisesIn(scope, db, escalation.id)]) : [[], []];
      const guidance = guidanceFor({
        snapshot,
        reasons,
        playbook,
        context: { now, ...wordsFor(snapshot), formatTime },
        states,
        available: (kind) => (deps.promptActions ?? promptActions).available(kind),
        brokenPromises: brokenForPrompts(promises, now),
        thread,
        signals,
      });
      const legal = legalInvolved(guidance.constraints) || reasons.some((r) => r.code === 'legal-threat');
      return { read: true, escalated: !!escalation, ...guidance, legal, jargon: playbook.jargon, nextUpdate };
    },

    async setPromptState({ ref, promptId, fingerprint, state, title }) {
      const escalation = await escalationOf(ref);
      const stamp = { at: deps.clock.now().toISOString(), by: ME };
      const { changed } = await setPromptState(await getDb(), { escalationId: escalation.id, promptId, fingerprint, state, title }, stamp, deps.clock);
      if (changed) await caseChanged(caseKey(ref), ['prompt', 'timeline']);
      return { changed };
    },

    async runPromptAction({ ref, promptId, action }) {
      const escalation = await escalationOf(ref);
      const running = (deps.promptActions ?? promptActions).run(action, { escalation, promptId });
      if (!running) throw new Error(t('promptActionUnavailable'));
      await caseChanged(caseKey(ref), ['prompt', ...(await running)]);
      return { ok: true as const };
    },
  };
}
