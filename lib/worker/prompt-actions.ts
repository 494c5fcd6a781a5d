/**
 * The one-click actions of de-escalation prompts, carried out by the domains that own them:
 * `addStakeholder` (plan), `setCadence` and `addPromise` (cadence). The prompt domain only knows
 * an action as data (lib/model/prompt.ts); a domain that can carry one out registers a handler
 * here in its handlers factory, as it subscribes to domain events:
 *
 *     deps.promptActions.register('addPromise', 'cadence', async (action, { escalation }) => {
 *       await addPromise(db, escalation.id, { text: action.text, dueAt: action.dueAt }, …);
 *       return ['cadence', 'timeline'];
 *     });
 *
 * A prompt shows an action as a button only while a handler for its kind is registered
 * (`available`); until then it is shown as a suggestion in words.
 */
import type { CasePart } from '../messaging/protocol';
import type { Escalation } from '../model/escalation';
import type { PromptActionKind } from '../model/playbook';
import type { PromptAction } from '../model/prompt';

export interface PromptActionContext {
  escalation: Escalation;
  /** The prompt the action came from (its rule id). */
  promptId: string;
}

/** Carries out one action; resolves with the case parts it changed (for `caseChanged`). */
export type PromptActionHandler<K extends PromptActionKind> = (action: Extract<PromptAction, { kind: K }>, context: PromptActionContext) => Promise<readonly CasePart[]>;

export interface PromptActionRegistry {
  /** Registers the handler of one kind (named for errors); returns a function that removes it. */
  register<K extends PromptActionKind>(kind: K, owner: string, handler: PromptActionHandler<K>): () => void;
  available(kind: PromptActionKind): boolean;
  /** Runs the action's handler; null when no domain carries out its kind. */
  run(action: PromptAction, context: PromptActionContext): Promise<readonly CasePart[]> | null;
}

type Entry = { owner: string; run: (action: never, context: PromptActionContext) => Promise<readonly CasePart[]> };

export function createPromptActions(): PromptActionRegistry {
  const handlers = new Map<PromptActionKind, Entry>();
  return {
    register(kind, owner, handler) {
      const existing = handlers.get(kind);
      if (existing && existing.owner !== owner) throw new Error(`Prompt action ${kind} is already carried out by ${existing.owner}`);
      const entry: Entry = { owner, run: handler as Entry['run'] };
      handlers.set(kind, entry);
      return () => {
        if (handlers.get(kind) === entry) handlers.delete(kind);
      };
    },
    available(kind) {
      return handlers.has(kind);
    },
    run(action, context) {
      const entry = handlers.get(action.kind);
      return entry ? entry.run(action as never, context) : null;
    },
  };
}

/** The worker's one registry. */
export const promptActions: PromptActionRegistry = createPromptActions();
