/**
 * The resolve guard: speaks up, never blocks. Resolving an escalation while the customer is hot
 * or critical, while promises made to them are open, or while plan items are open asks for a
 * confirmation that says which. Pure over counts, so it needs no other domain's code: the worker
 * gathers the counts (lib/worker/guard-counts.ts).
 */
import type { Band } from '../model/temperature';
import type { EscalationState } from '../model/escalation';
import { isResolving } from './states';

export interface GuardInput {
  /** The customer's temperature band now (null: not read). */
  band: Band | null;
  openPromises: number;
  openPlanItems: number;
}

export type Concern = { kind: 'temperature'; band: 'hot' | 'critical' } | { kind: 'open-promises'; count: number } | { kind: 'open-plan-items'; count: number };

/** What the guard says about moving from `from` to `to` (empty: nothing to confirm). */
export function resolveConcerns(from: EscalationState, to: EscalationState, input: GuardInput): Concern[] {
  if (!isResolving(from, to)) return [];
  const concerns: Concern[] = [];
  if (input.band === 'hot' || input.band === 'critical') concerns.push({ kind: 'temperature', band: input.band });
  if (input.openPromises > 0) concerns.push({ kind: 'open-promises', count: input.openPromises });
  if (input.openPlanItems > 0) concerns.push({ kind: 'open-plan-items', count: input.openPlanItems });
  return concerns;
}

/** Two lists of concerns say the same (the user confirmed what the guard says now). */
export function sameConcerns(a: readonly Concern[], b: readonly Concern[]): boolean {
  const key = (list: readonly Concern[]) => list.map((c) => JSON.stringify(c)).sort().join('|');
  return key(a) === key(b);
}

/** Concerns as a timeline fact ("temperature:critical,open-promises:2"): facts, not sentences. */
export function encodeConcerns(list: readonly Concern[]): string {
  return list.map((c) => (c.kind === 'temperature' ? `temperature:${c.band}` : `${c.kind}:${c.count}`)).join(',');
}

/** The concerns back from their fact; parts it cannot read are left out. */
export function decodeConcerns(text: string | null): Concern[] {
  const out: Concern[] = [];
  for (const part of (text ?? '').split(',')) {
    const [kind, value = ''] = part.split(':');
    const count = Number(value);
    if (kind === 'temperature' && (value === 'hot' || value === 'critical')) out.push({ kind, band: value });
    else if ((kind === 'open-promises' || kind === 'open-plan-items') && Number.isInteger(count) && count > 0) out.push({ kind, count });
  }
  return out;
}
