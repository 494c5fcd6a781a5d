/**
 * How a domain declares its messages. One object per domain file:
 *
 *     export const timeline = domain({
 *       part: 'timeline',                       // what `caseChanged` names when this domain's data changes
 *       messages: {
 *         getTimeline: {
 *           from: ['extension'],                // who may send it: 'extension' and/or 'content'
 *           request: () => z.object({ ref: CaseRefSchema }),
 *           response: () => TimelineSchema,
 *         },
 *       },
 *     });
 *
 * Requests are verbs (`escalateTicket`); broadcast events are past tense (`caseChanged`).
 *
 * A message's schemas are written as functions, built the first time the message is checked: a
 * page, or a worker woken for one message, checks a few of some 150 messages. Built all at once,
 * the protocol's modules took about 8 ms of the side panel's module evaluation and 4 ms of the
 * worker's on every start; about 2 ms each now (per-module marks, medians of 7 and 9 starts).
 */
import type { z } from 'zod/mini';
import type { SenderKind } from '../senders';

/** A message as a domain declares it: who may send it, and its schemas, built on first use. */
export interface MessageDeclaration {
  /** Who may send it: 'content' (a desk page's content script), 'extension' (Keel's own pages). */
  readonly from: readonly [SenderKind, ...SenderKind[]];
  readonly request: () => z.ZodMiniType;
  readonly response: () => z.ZodMiniType;
}

/** A message as the protocol table holds it: its schemas, built (once) when first read. */
export interface MessageDefinition {
  readonly from: readonly [SenderKind, ...SenderKind[]];
  readonly request: z.ZodMiniType;
  readonly response: z.ZodMiniType;
}

/** The table's entry of a declared message, with the types of the schemas it builds. */
export type Defined<M> = M extends { from: infer F; request: () => infer Q; response: () => infer R } ? { readonly from: F; readonly request: Q; readonly response: R } : never;

export interface DomainDefinition {
  /** The case part this domain's data is, for `caseChanged` (domains that store nothing have none). */
  readonly part?: string;
  readonly messages: Readonly<Record<string, MessageDeclaration>>;
}

/** The table's entry of one declared message: each schema is built the first time it is read, then kept. */
export function defined(declared: MessageDeclaration): MessageDefinition {
  let request: z.ZodMiniType | undefined;
  let response: z.ZodMiniType | undefined;
  return {
    from: declared.from,
    get request() {
      return (request ??= declared.request());
    },
    get response() {
      return (response ??= declared.response());
    },
  };
}

/** Declares a domain's messages, keeping their literal types. */
/*#__NO_SIDE_EFFECTS__*/
export function domain<const D extends DomainDefinition>(definition: D): D {
  return definition;
}
