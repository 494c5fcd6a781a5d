/**
 * How a domain declares its messages. One object per domain file:
 *
 *     export const timeline = domain({
 *       part: 'timeline',                       // what `caseChanged` names when this domain's data changes
 *       messages: {
 *         getTimeline: {
 *           from: ['extension'],                // who may send it: 'extension' and/or 'content'
 *           request: z.object({ ref: CaseRefSchema }),
 *           response: TimelineSchema,
 *         },
 *       },
 *     });
 *
 * Requests are verbs (`escalateTicket`); broadcast events are past tense (`caseChanged`).
 */
import type { z } from 'zod';
import type { SenderKind } from '../senders';

export interface MessageDefinition {
  /** Who may send it: 'content' (a desk page's content script), 'extension' (Keel's own pages). */
  readonly from: readonly [SenderKind, ...SenderKind[]];
  readonly request: z.ZodType;
  readonly response: z.ZodType;
}

export interface DomainDefinition {
  /** The case part this domain's data is, for `caseChanged` (domains that store nothing have none). */
  readonly part?: string;
  readonly messages: Readonly<Record<string, MessageDefinition>>;
}

/** Declares a domain's messages, keeping their literal types. */
export function domain<const D extends DomainDefinition>(definition: D): D {
  return definition;
}
