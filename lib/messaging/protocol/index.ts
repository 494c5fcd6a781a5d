/**
 * Every message Keel's surfaces exchange, one file per domain (same name as the domain's model,
 * repository, handlers, UI hook and components), combined here into one typed table. Each
 * message is a zod request/response pair checked at both ends (built on its first check), and
 * names who may send it.
 *
 * Adding a domain: write `protocol/<domain>.ts` with `domain({...})`, add it to `DOMAINS`.
 */
import { z } from 'zod/mini';
import { DESKS } from '../../model/case-ref';
import { StripLayoutSchema } from '../../model/strip';
import { defined, type Defined, type DomainDefinition, type MessageDefinition } from './define';
import { cadence } from './cadence';
import { draft } from './draft';
import { escalation } from './escalation';
import { factsheet } from './factsheet';
import { meeting } from './meeting';
import { note } from './note';
import { plan } from './plan';
import { promise } from './promise';
import { reply } from './reply';
import { prompt } from './prompt';
import { read } from './read';
import { risk } from './risk';
import { snapshot } from './snapshot';
import { stakeholder } from './stakeholder';
import { strip } from './strip';
import { tab } from './tab';
import { temperature } from './temperature';
import { timeline } from './timeline';
import { update } from './update';
import { view } from './view';
import { storage } from './storage';
import { settings } from './settings';

export const DOMAINS = [escalation, timeline, temperature, snapshot, read, note, tab, view, strip, factsheet, update, cadence, promise, plan, stakeholder, risk, meeting, draft, prompt, reply, storage, settings] as const;

type Domains = typeof DOMAINS;
type Merge<D extends readonly DomainDefinition[]> = D extends readonly [infer H extends DomainDefinition, ...infer R extends readonly DomainDefinition[]] ? H['messages'] & Merge<R> : unknown;
type Flatten<T> = { [K in keyof T]: Defined<T[K]> };

export type Protocol = Flatten<Merge<Domains>>;
export type MessageName = keyof Protocol & string;
export type RequestOf<N extends MessageName> = z.input<Protocol[N]['request']>;
export type ResponseOf<N extends MessageName> = z.output<Protocol[N]['response']>;

/** Combines the domains' messages; two domains may not declare the same name. */
export function combine(domains: readonly DomainDefinition[]): Record<string, MessageDefinition> {
  const table: Record<string, MessageDefinition> = {};
  for (const d of domains) {
    for (const [name, definition] of Object.entries(d.messages)) {
      if (name in table) throw new Error(`Message "${name}" is declared by two domains`);
      table[name] = defined(definition);
    }
  }
  return table;
}

export const protocol = combine(DOMAINS) as unknown as Protocol;

/** The parts of a case that can change, one per domain that stores something: `caseChanged` names them. */
export type CasePart = Domains[number] extends infer D ? (D extends { part: infer P extends string } ? P : never) : never;
export const CASE_PARTS = DOMAINS.flatMap((d: DomainDefinition) => (d.part ? [d.part] : [])) as [CasePart, ...CasePart[]];

export const events = {
  /** Something about a case changed: surfaces showing one of `parts` re-read it. */
  caseChanged: z.object({ caseKey: z.string(), parts: z.array(z.enum(CASE_PARTS)).check(z.minLength(1)) }),
  /** A tab now shows another ticket (or none), or its notice changed. */
  tabTicketChanged: z.object({ tabId: z.int() }),
  /** The strip was moved or collapsed on a desk: strips of that desk follow. */
  stripLayoutChanged: z.object({ desk: z.enum(DESKS), layout: StripLayoutSchema }),
  /** Something about Keel's storage changed (a problem began or ended, records were set aside or pruned). */
  storageChanged: z.object({}),
} as const;
export type EventName = keyof typeof events;
export type EventOf<N extends EventName> = z.output<(typeof events)[N]>;

export { RawReadSchema, ReadOutcomeSchema, type ReadOutcome } from './read';
export { CASE_VIEW_PARTS, CaseViewSchema, type CaseView } from './view';
export { TabTicketSchema, type TabTicket } from './tab';
export { TemperatureViewSchema, type TemperatureView } from './temperature';
export { GuidanceSchema, type Guidance } from './prompt';
export type { SenderKind } from '../senders';
