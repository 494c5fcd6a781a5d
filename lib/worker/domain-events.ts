/**
 * Domain events inside the worker: one domain says what happened, others react (cadence moves an
 * audience's next due time when updates sends one; every domain drops its records when lifecycle
 * deletes an escalation). Typed by name, in process only: nothing here crosses a message boundary
 * (surfaces hear of changes through `caseChanged`).
 *
 * `publish` resolves after every subscriber has finished, so a handler that awaits it before
 * answering loses nothing if the worker stops right after. Subscribers run side by side; one that
 * fails does not stop the others, and its error is logged and returned in the result.
 *
 * The bus reaches handlers as `deps.events` (the worker's one `domainEvents`). A domain subscribes
 * in its handlers factory (`cadenceHandlers(deps)` calls `deps.events.subscribe('updateSent',
 * 'cadence', …)`), which runs once, synchronously, when the worker starts, like its listeners.
 * A new event is one line in `DomainEvents`.
 */
import type { Audience } from '../model/audience';
import type { Severity } from '../model/escalation';

export interface DomainEvents {
  /** updates: a status update went out (`at`: ISO time it was sent). */
  updateSent: { escalationId: string; audience: Audience; at: string; text: string };
  /** lifecycle: the escalation's severity changed (null: not set). */
  severityChanged: { escalationId: string; from: Severity | null; to: Severity | null };
  /** read: a read of the ticket was stored (a new snapshot, whether or not escalated). */
  snapshotIngested: { caseKey: string };
  /** lifecycle: the escalation is gone; each domain drops its records of it. */
  escalationDeleted: { escalationId: string; caseKey: string };
  /** tab: the worker is opening the side panel on a tab (or a window's active tab) at the user's request. */
  panelOpening: { tabId?: number; windowId?: number };
}
export type DomainEventName = keyof DomainEvents;

export type Subscriber<N extends DomainEventName> = (payload: Readonly<DomainEvents[N]>) => void | Promise<void>;

export interface SubscriberFailure {
  /** The name the subscriber was registered with. */
  subscriber: string;
  error: unknown;
}

export interface PublishResult<N extends DomainEventName = DomainEventName> {
  event: N;
  /** How many subscribers ran. */
  delivered: number;
  /** Those that threw or rejected (each also logged). */
  failures: SubscriberFailure[];
}

export interface DomainEventBus {
  /** Adds a subscriber (named for logs and failures); returns a function that removes it. */
  subscribe<N extends DomainEventName>(event: N, name: string, subscriber: Subscriber<N>): () => void;
  /** Runs every subscriber of `event` with `payload` and resolves when all have finished. */
  publish<N extends DomainEventName>(event: N, payload: DomainEvents[N]): Promise<PublishResult<N>>;
}

type Registered = { name: string; run: (payload: never) => void | Promise<void> };

export function createDomainEvents(log: (message: string, error: unknown) => void = (message, error) => console.error(message, error)): DomainEventBus {
  const subscribers = new Map<DomainEventName, Registered[]>();
  return {
    subscribe(event, name, subscriber) {
      const entry: Registered = { name, run: subscriber as Registered['run'] };
      subscribers.set(event, [...(subscribers.get(event) ?? []), entry]);
      return () => subscribers.set(event, (subscribers.get(event) ?? []).filter((e) => e !== entry));
    },
    async publish(event, payload) {
      // A copy of the list: a subscriber that unsubscribes (or subscribes) during delivery changes the next publish only.
      const list = [...(subscribers.get(event) ?? [])];
      // Each subscriber gets its own frozen copy: none can change what the others receive.
      const settled = await Promise.allSettled(list.map(async (entry) => entry.run(Object.freeze(structuredClone(payload)) as never)));
      const failures: SubscriberFailure[] = [];
      settled.forEach((outcome, i) => {
        if (outcome.status === 'fulfilled') return;
        const subscriber = list[i]!.name;
        log(`[keel] ${subscriber} failed on ${event}:`, outcome.reason);
        failures.push({ subscriber, error: outcome.reason });
      });
      return { event, delivered: list.length, failures };
    },
  };
}

/** The worker's one bus. */
export const domainEvents: DomainEventBus = createDomainEvents();
