/**
 * From signals to prompts: each enabled playbook rule whose signal is in the ticket becomes a
 * prompt, in the playbook's order, its texts filled in for this ticket (`{{customer}}`,
 * `{{time}}`, …) and its one-click actions made concrete (a promise's due time). The state of
 * each prompt comes from what the user did with it: done or dismissed holds while the reason's
 * fingerprint is the one it was recorded against.
 */
import type { Playbook, PlaybookFill, PromptActionKind, PromptActionTemplate } from '../model/playbook';
import type { Prompt, PromptAction, PromptState } from '../model/prompt';
import type { SignalHit } from './signals';

export type FillValues = Record<PlaybookFill, string>;

/** Replaces `{{name}}` fill-ins with their values; one Keel does not know stays as written. Pure. */
export function fillTemplate(text: string, values: Partial<FillValues>): string {
  return text.replace(/\{\{\s*([a-z]+)\s*\}\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? (values[name as PlaybookFill] ?? whole) : whole));
}

const QUARTER = 15 * 60_000;

/** `now + minutes`, rounded up to the next quarter hour: a time a person would promise. */
export function promiseTime(now: Date, minutes: number): Date {
  return new Date(Math.ceil((now.getTime() + minutes * 60_000) / QUARTER) * QUARTER);
}

export interface PromptContext {
  now: Date;
  /** Words for the ticket: the requester's first name, organisation, assignee (fallbacks already applied). */
  customer: string;
  organization: string;
  agent: string;
  /** How a time is written for the reader ("15:30", "Fri 09:00"); the caller's locale and zone. */
  formatTime(iso: string): string;
}

export interface StoredState {
  promptId: string;
  fingerprint: string;
  state: PromptState;
}

function concrete(action: PromptActionTemplate, values: FillValues, now: Date): PromptAction {
  if (action.kind === 'addPromise') return { kind: 'addPromise', text: fillTemplate(action.text, values).slice(0, 300), dueAt: promiseTime(now, action.inMinutes).toISOString() };
  return action;
}

/** The prompts for `hits` under `playbook`. Pure. */
export function buildPrompts(
  hits: readonly SignalHit[],
  playbook: Playbook,
  context: PromptContext,
  states: readonly StoredState[] = [],
  available: (kind: PromptActionKind) => boolean = () => false,
): Prompt[] {
  const bySignal = new Map(hits.map((h) => [h.signal, h]));
  const out: Prompt[] = [];
  for (const rule of playbook.rules) {
    if (!rule.enabled) continue;
    const hit = bySignal.get(rule.signal);
    if (!hit) continue;
    const values: FillValues = {
      customer: context.customer,
      organization: context.organization,
      agent: context.agent,
      time: context.formatTime(promiseTime(context.now, rule.minutes).toISOString()),
      count: String(hit.facts.count ?? ''),
    };
    const fill = (text: string) => fillTemplate(text, values);
    const fingerprint = hit.fingerprint.slice(0, 400);
    const stored = states.find((s) => s.promptId === rule.id);
    const state: PromptState = stored && stored.fingerprint === fingerprint ? stored.state : 'open';
    out.push({
      id: rule.id,
      signal: rule.signal,
      fingerprint,
      state,
      title: fill(rule.title),
      advice: fill(rule.advice),
      facts: hit.facts,
      quotes: hit.quotes,
      say: rule.say.map(fill),
      actions: rule.actions.map((a) => ({ action: concrete(a, values, context.now), available: available(a.kind) })),
    });
  }
  return out;
}
