/**
 * SLA targets in words, for every surface. Pure: `now` is passed in.
 *
 * Every target that is still running is shown with its countdown (a live breach with how long
 * ago it fell due), what falls due within the hour is marked `soon`, and closed cycles (a first
 * response sent, late or not) come last: an old answered breach never hides the next reply due
 * in 25 minutes.
 */
import { t, type MessageKey } from '../i18n';
import type { SlaTarget } from '../model/snapshot';
import { shortDuration } from './time';

/** Zendesk's SLA metric names, in words (other desks name their metrics themselves). */
const NAMES: Record<string, MessageKey> = {
  first_reply_time: 'slaFirstReply',
  next_reply_time: 'slaNextReply',
  requester_wait_time: 'slaRequesterWait',
  agent_work_time: 'slaAgentWork',
  resolution_time: 'slaResolution',
  periodic_update_time: 'slaPeriodicUpdate',
  pausable_update_time: 'slaUpdate',
};

/** What falls due within this long is marked `soon`. */
export const DUE_SOON_MS = 60 * 60_000;

export function slaName(metric: string): string {
  const key = NAMES[metric];
  return key ? t(key) : metric.replace(/_/g, ' ').toLowerCase();
}

/** `breached`: running and past due; `soon`: due within the hour; `running`; `paused`; `closed`: met (in time or late). */
export type SlaTone = 'breached' | 'soon' | 'running' | 'paused' | 'closed';

export interface SlaLine {
  target: SlaTarget;
  text: string;
  /** Without the metric's name, for tight spaces: "due in 25 min", "breached 8 h ago". */
  short: string;
  tone: SlaTone;
}

const ORDER: Record<SlaTone, number> = { breached: 0, soon: 1, running: 2, paused: 3, closed: 4 };

function due(target: SlaTarget): number | null {
  const at = target.dueAt ? Date.parse(target.dueAt) : NaN;
  return Number.isNaN(at) ? null : at;
}

function line(target: SlaTarget, now: number): SlaLine {
  const name = slaName(target.metric);
  const at = due(target);
  if (target.stage === 'achieved') {
    const text = target.missed ? t('slaMetLate', { name }) : t('slaMet', { name });
    return { target, tone: 'closed', text, short: text };
  }
  if (target.stage === 'paused') return { target, tone: 'paused', text: t('slaPaused', { name }), short: t('slaShortPaused') };
  if (target.stage === 'breached' || (at !== null && at <= now)) {
    const since = target.breachedAt ? Date.parse(target.breachedAt) : at;
    if (since === null || Number.isNaN(since)) return { target, tone: 'breached', text: t('slaBreached', { name }), short: t('slaShortBreached') };
    const duration = shortDuration(now - since);
    return { target, tone: 'breached', text: t('slaBreachedAgo', { name, duration }), short: t('slaShortBreachedAgo', { duration }) };
  }
  if (at === null) return { target, tone: 'running', text: t('slaRunning', { name }), short: t('slaShortRunning') };
  const duration = shortDuration(at - now);
  return { target, tone: at - now <= DUE_SOON_MS ? 'soon' : 'running', text: t('slaDueIn', { name, duration }), short: t('slaShortDueIn', { duration }) };
}

/** Every target as a line: live breaches first (longest overdue first), then the soonest due, paused, closed. */
export function slaLines(targets: readonly SlaTarget[], now: Date): SlaLine[] {
  const nowMs = now.getTime();
  return targets
    .map((target, index) => ({ l: line(target, nowMs), index }))
    .sort((a, b) => ORDER[a.l.tone] - ORDER[b.l.tone] || (due(a.l.target) ?? Infinity) - (due(b.l.target) ?? Infinity) || a.index - b.index)
    .map(({ l }) => l);
}

/** The target that matters most now: a live breach, else the soonest running one; never a closed cycle. */
export function headlineSla(targets: readonly SlaTarget[], now: Date): { target: SlaTarget; text: string; short: string; breached: boolean; soon: boolean } | null {
  const first = slaLines(targets, now).find((l) => l.tone === 'breached' || l.tone === 'soon' || l.tone === 'running');
  if (!first) return null;
  return { target: first.target, text: first.text, short: first.short, breached: first.tone === 'breached', soon: first.tone === 'soon' };
}
