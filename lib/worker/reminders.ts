/**
 * Reminders: a notification when an update or a promise falls due, the toolbar badge counting
 * the escalations with something overdue, and one alarm for the next due time. The alarm is
 * rebuilt from IndexedDB when the worker starts, when the browser starts, and after every change
 * (`scheduleReminders`), so a sleeping worker or a restarted browser still wakes when something
 * falls due. Each due time notifies once: the records remember which due time they were notified
 * for. The worker's memory holds only a shortcut (`checked`), which a restart may lose.
 *
 * Clicking a notification opens the side panel (the click is the user gesture it needs), brings
 * the ticket to the front, and asks the panel to put the focus in its composer.
 */
import { browser } from 'wxt/browser';
import type { IDBPDatabase } from 'idb';
import type { KeelDb } from '../db/schema';
import { cadenceRepository } from '../db/repositories/cadence';
import { getEscalation } from '../db/repositories/escalation';
import { promiseRepository } from '../db/repositories/promise';
import { detectTicket } from '../hosts/detect';
import { t } from '../i18n';
import { AUDIENCES, type Audience } from '../model/audience';
import { effectiveDue, FOCUS_REQUEST_KEY, type FocusRequest } from '../model/cadence';
import { caseKey } from '../model/case-ref';
import type { Clock } from '../model/clock';
import type { Escalation } from '../model/escalation';
import { promiseReminderAt } from '../model/promise';
import { audienceLabel } from '../ui/labels';
import { getSettings } from '../settings/storage';
import { activeRows } from './active-cache';
import * as cadence from './cadence';
import { getDb } from './db';
import { openPanel } from './panel';
import * as promises from './promise';

export const REMINDER_ALARM = 'keel-reminder';
const NOTIFICATION = 'keel-due|';

const ms = (iso: string | null | undefined) => (iso ? Date.parse(iso) : NaN);

/** Escalations with an update or a promise due at `now`, and the next due time still ahead. */
export function dueState(active: readonly Escalation[], now: Date): { overdue: Escalation[]; next: number | null } {
  const t0 = now.getTime();
  const overdue: Escalation[] = [];
  let next: number | null = null;
  for (const e of active) {
    let late = false;
    for (const due of [ms(e.nextUpdateDueAt), ms(e.promiseDueAt)]) {
      if (Number.isNaN(due)) continue;
      if (due <= t0) late = true;
      else if (next === null || due < next) next = due;
    }
    if (late) overdue.push(e);
  }
  return { overdue, next };
}

/**
 * What each overdue escalation was last checked for, for the worker's life: its summary's due
 * times then (`key`) and the first of its due times still ahead at that check (`until`: an
 * audience or a promise that falls due after the summary's earliest). Until either moves, a full
 * sweep has nothing new to find there and reads nothing (with 5,000 overdue escalations, reading
 * each one's cadence and promises again on every pass kept the worker busy for a second).
 */
const checked = new Map<string, { key: string; until: number }>();
const dueKey = (e: Escalation) => `${e.nextUpdateDueAt ?? ''}|${e.promiseDueAt ?? ''}`;

/** The badge and the alarm, from the stored escalations (and the due times behind an overdue one's earliest). */
async function sync(db: IDBPDatabase<KeelDb>, clock: Clock): Promise<void> {
  const active = await activeRows(db);
  const now = clock.now();
  const state = dueState(active, now);
  const { overdue } = state;
  let { next } = state;
  const overdueIds = new Set<string>();
  for (const e of overdue) {
    overdueIds.add(e.id);
    const seen = checked.get(e.id);
    if (seen && seen.key === dueKey(e) && seen.until > now.getTime() && (next === null || seen.until < next)) next = seen.until;
  }
  // Only overdue escalations are ever looked up: the others' entries (updates sent, closed, deleted) go.
  for (const id of checked.keys()) if (!overdueIds.has(id)) checked.delete(id);
  const count = overdue.length;
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
  if (count > 0) await browser.action.setBadgeBackgroundColor({ color: '#a4133c' });
  await browser.action.setTitle({ title: count > 0 ? t.plural('cadenceBadgeTitle', count) : t('actionTitle') });
  if (next === null) await browser.alarms.clear(REMINDER_ALARM);
  else await browser.alarms.create(REMINDER_ALARM, { when: next });
}

interface Due {
  lines: string[];
  updates: Partial<Record<Audience, string>>;
  promises: { id: string; due: string }[];
  /** The first of its due times still ahead (ms), if any. */
  next: number | null;
}

/** What of one escalation fell due and has not been notified yet (promises judged first: falling due unkept breaks them). */
async function dueOf(db: IDBPDatabase<KeelDb>, escalation: Escalation, clock: Clock): Promise<Due> {
  const now = clock.now().getTime();
  const due: Due = { lines: [], updates: {}, promises: [], next: null };
  const ahead = (at: string) => {
    if (due.next === null || ms(at) < due.next) due.next = ms(at);
  };
  if (ms(escalation.promiseDueAt) <= now) await promises.judgeNow(db, escalation, clock);
  const record = await cadenceRepository.get(db, escalation.id);
  if (record) {
    for (const audience of AUDIENCES) {
      const at = effectiveDue(record[audience]);
      if (at !== null && ms(at) > now) ahead(at);
      if (at === null || ms(at) > now || record[audience].notifiedFor === at) continue;
      due.updates[audience] = at;
      due.lines.push(t('cadenceReminderUpdate', { audience: audienceLabel(audience), time: timeOfDay(at) }));
    }
  }
  for (const p of await promiseRepository.list(db, escalation.id)) {
    const at = promiseReminderAt(p);
    if (at !== null && ms(at) > now) ahead(at);
    if (at === null || ms(at) > now || p.notifiedFor === at) continue;
    due.promises.push({ id: p.id, due: at });
    due.lines.push(t('cadenceReminderPromise', { quote: p.quote, time: timeOfDay(p.dueAt ?? at) }));
  }
  return due;
}

function timeOfDay(iso: string): string {
  return new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/**
 * Notifies what fell due (once per due time), then rebuilds the badge and the alarm. `only`: the
 * cases a change touched, each checked afresh; otherwise every overdue escalation not checked
 * since its due times last moved.
 */
async function sweep(db: IDBPDatabase<KeelDb>, clock: Clock, only: ReadonlySet<string> | null): Promise<void> {
  const now = clock.now().getTime();
  for (const escalation of await activeRows(db)) {
    if (only && !only.has(escalation.caseKey)) continue;
    if (!(ms(escalation.nextUpdateDueAt) <= now) && !(ms(escalation.promiseDueAt) <= now)) continue;
    const seen = checked.get(escalation.id);
    if (!only && seen && seen.key === dueKey(escalation) && now < seen.until) continue;
    const due = await dueOf(db, escalation, clock);
    if (due.lines.length > 0) {
      const name = escalation.customer ?? escalation.title;
      await browser.notifications.create(`${NOTIFICATION}${escalation.id}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: t('cadenceReminderTitle', { name, ticket: escalation.ticketNumber ?? escalation.ticketId }),
        message: due.lines.join('\n'),
        priority: 2,
      });
      await cadence.markNotified(db, escalation, due.updates, clock);
      await promises.markNotified(db, escalation, due.promises, clock);
    }
    // Only once notified: a pass that failed before this point checks it again next time.
    checked.set(escalation.id, { key: dueKey(escalation), until: due.next ?? Number.POSITIVE_INFINITY });
  }
  await sync(db, clock);
}

/** A pass: every overdue escalation, or only the cases a change touched. */
interface Pass {
  full: boolean;
  cases: Set<string>;
}

// One pass at a time; requests during a pass are merged into one more pass after it.
let running: Promise<void> | null = null;
let pending: Pass | null = null;

function run(pass: Pass, clock: Clock): Promise<void> {
  if (running) {
    pending = pending ? { full: pending.full || pass.full, cases: new Set([...pending.cases, ...pass.cases]) } : pass;
    return running;
  }
  running = (async () => {
    try {
      await sweep(await getDb(), clock, pass.full ? null : pass.cases);
    } catch (error) {
      console.warn('[keel] reminders:', error);
    } finally {
      running = null;
      const next = pending;
      pending = null;
      if (next) void run(next, clock);
    }
  })();
  return running;
}

/**
 * After a change to a case: what of it is now due is notified, and the badge and the alarm follow
 * the stored due times. Without a case, every overdue escalation is looked at.
 */
export function scheduleReminders(clock: Clock, changed?: string): Promise<void> {
  return run(changed === undefined ? { full: true, cases: new Set() } : { full: false, cases: new Set([changed]) }, clock);
}

/** The alarm rang (or the worker or browser started): notify what fell due and set the next alarm. */
export function remindersDue(clock: Clock): Promise<void> {
  return run({ full: true, cases: new Set() }, clock);
}

/** Settled: resolves when no reminder pass is running (tests). */
export async function remindersIdle(): Promise<void> {
  while (running) await running;
}

/**
 * A click on a reminder: open the side panel first (the click's user gesture does not survive an
 * await), then bring the ticket to the front and ask the panel to focus its composer.
 */
export function reminderClicked(notificationId: string): Promise<void> {
  if (!notificationId.startsWith(NOTIFICATION)) return Promise.resolve();
  const opening = openPanel({ windowId: globalThis.chrome?.windows?.WINDOW_ID_CURRENT });
  return (async () => {
    await opening;
    const escalation = await getEscalation(await getDb(), notificationId.slice(NOTIFICATION.length));
    await browser.notifications.clear(notificationId);
    if (!escalation) return;
    await browser.storage.session.set({ [FOCUS_REQUEST_KEY]: { caseKey: escalation.caseKey, target: 'composer', at: Date.now() } satisfies FocusRequest });
    const { jiraHosts } = await getSettings();
    const tabs = await browser.tabs.query({});
    const open = tabs.find((tab) => {
      const ticket = detectTicket(tab.url, { jiraHosts });
      return ticket !== null && caseKey(ticket) === escalation.caseKey;
    });
    if (open?.id !== undefined) {
      await browser.tabs.update(open.id, { active: true });
      if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
    } else {
      await browser.tabs.create({ url: escalation.url });
    }
  })();
}
