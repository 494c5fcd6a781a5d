/**
 * What the resolve guard needs to know from other domains, gathered without depending on them:
 * how many promises made to the customer are open (cadence) and how many plan items are open
 * (plan). A domain registers a provider for a count it owns, once, in its handlers factory:
 *
 *     deps.guardCounts.register('openPromises', 'cadence', async (escalation) => …);
 *
 * Until a provider is registered, a count is read from the escalation's summary field of the same
 * name (kept by that domain's repository, lib/db/records.ts), and 0 when the domain has not
 * written one yet. A provider that fails falls back the same way (and is logged): the guard
 * speaks up, it never blocks, so it must never fail a move.
 */
import type { Escalation } from '../model/escalation';

export interface GuardCounts {
  openPromises: number;
  openPlanItems: number;
}
export type GuardCountName = keyof GuardCounts;
export type GuardCountProvider = (escalation: Readonly<Escalation>) => number | Promise<number>;

export interface GuardCountRegistry {
  /** Registers the provider of a count (the last registered wins); returns a function that removes it. */
  register(name: GuardCountName, domain: string, provider: GuardCountProvider): () => void;
  /** Every count for one escalation. */
  gather(escalation: Readonly<Escalation>): Promise<GuardCounts>;
}

const NAMES: readonly GuardCountName[] = ['openPromises', 'openPlanItems'];

export function createGuardCounts(log: (message: string, error: unknown) => void = (message, error) => console.warn(message, error)): GuardCountRegistry {
  const providers = new Map<GuardCountName, { domain: string; provider: GuardCountProvider }>();
  const fallback = (escalation: Readonly<Escalation>, name: GuardCountName) => escalation[name] ?? 0;
  return {
    register(name, domain, provider) {
      const entry = { domain, provider };
      providers.set(name, entry);
      return () => {
        if (providers.get(name) === entry) providers.delete(name);
      };
    },
    async gather(escalation) {
      const values = await Promise.all(
        NAMES.map(async (name) => {
          const entry = providers.get(name);
          if (!entry) return fallback(escalation, name);
          try {
            const value = await entry.provider(escalation);
            return Number.isInteger(value) && value >= 0 ? value : fallback(escalation, name);
          } catch (error) {
            log(`[keel] ${entry.domain} could not count ${name}:`, error);
            return fallback(escalation, name);
          }
        }),
      );
      return Object.fromEntries(NAMES.map((name, i) => [name, values[i]!])) as unknown as GuardCounts;
    },
  };
}

/** The worker's one registry. */
export const guardCounts: GuardCountRegistry = createGuardCounts();
