/** What every domain's handlers share. */
import { t } from '../../i18n';
import type { Clock } from '../../model/clock';
import type { KeelSender } from '../../messaging/senders';
import type { DomainEventBus } from '../domain-events';
import type { GuardCountRegistry } from '../guard-counts';
import type { PromptActionRegistry } from '../prompt-actions';

export interface WorkerDeps {
  clock: Clock;
  /** In-worker domain events (lib/worker/domain-events.ts). */
  events: DomainEventBus;
  /** What the resolve guard counts in other domains (lib/worker/guard-counts.ts); the worker's own registry when absent. */
  guardCounts?: GuardCountRegistry;
  /** Prompts' one-click actions, carried out by the domains that own them (lib/worker/prompt-actions.ts). */
  promptActions?: PromptActionRegistry;
}

export const OK = { ok: true as const };

/** The tab a request is about: the one it names, else the sender's own (the strip's desk tab, a content script's tab). */
export function tabOf(requested: number | undefined, sender: KeelSender): number {
  const tabId = requested ?? sender.tabId ?? undefined;
  if (tabId === undefined) throw new Error(t('noTab'));
  return tabId;
}
