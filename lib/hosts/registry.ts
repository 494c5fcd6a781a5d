/**
 * The desk registry: what Keel knows about each desk outside the desk's own folder, in one table.
 * The manifest (`wxt.config.ts`), the content scripts' `matches`, the context menu, detection,
 * the worker's reads, the UI (icon, name, note composer, empty state), the snapshot tool and the
 * demo desk all read it. Words are never here: an entry names its messages (`public/_locales`),
 * and `lib/ui/labels.ts` words them. The worker-only half (parsers, zod) is `parsers.ts`.
 *
 * Page-safe: no zod, no React, no browser API. Content scripts, extension pages, the worker and
 * the build config (`wxt.config.ts`, evaluated in Node) all import it.
 *
 * Adding a desk: its id in `DESK_IDS` and its entry (`<desk>/desk.ts`) in `DESK_REGISTRY`; then
 * TypeScript asks for every `Record<Desk, …>` table derived from it (parsers, detect cases, demo
 * desk). See the README's "Adding a desk". A content script imports its own desk's entry, not
 * this table, so it carries no other desk's code.
 */
import type { MessageKey } from '../i18n';

/** The message of a desk's ticket: one placeholder, its number. */
export type DeskTicketKey = Extract<MessageKey, `desk${string}Ticket`>;
import type { CaseRef, TicketLocation } from '../model/case-ref';
import { zendeskDesk } from './zendesk/desk';
import { jiraDesk } from './jira/desk';
import { salesforceDesk } from './salesforce/desk';

/** The desks Keel reads. Jira covers Cloud, Service Management and Data Center. */
export const DESK_IDS = ['zendesk', 'jira', 'salesforce'] as const;
export type Desk = (typeof DESK_IDS)[number];

/** A content script declared in the manifest for a desk (`entrypoints/<desk>.content/`). */
export interface DeskContentScript {
  matches: readonly string[];
  excludeMatches?: readonly string[];
}

export interface DeskEntry<D extends Desk = Desk> {
  id: D;
  /**
   * The desk's messages (keys of `public/_locales/<lang>/messages.json`): its display name
   * ("Zendesk") and what an internal note becomes there, as the note composer says it ("a
   * private comment (internal note)"), and a ticket as people write it there, with `$NUMBER$` for
   * its human number ("case $NUMBER$", "ticket #$NUMBER$"). Worded by `deskLabel` /
   * `deskNoteLabel` / `deskTicketLabel` (lib/ui/labels.ts).
   */
  messages: { name: MessageKey; note: MessageKey; ticket: DeskTicketKey };
  /** The desk's badge in Keel's lists and headers: a letter on the desk's brand colour. */
  icon: { letter: string; color: string };
  /**
   * Manifest `host_permissions`: the desk's cloud hosts. Self-hosted domains are optional
   * permissions asked for in Options, never listed here.
   */
  hostPermissions: readonly string[];
  /** The static content script's `matches` / `exclude_matches`. */
  contentScript: DeskContentScript;
  /**
   * Where ticket pages (and links to them) may be: the context menu's document and target URL
   * patterns. A superset, refined by `detect` when the item is clicked.
   */
  ticketPatterns: readonly string[];
  /**
   * 'page': the content script fetches the desk's API with the agent's session and sends the raw
   * responses. 'worker': the worker reads (and writes) the desk itself.
   */
  readFrom: 'page' | 'worker';
  /** The ticket a URL shows on this desk's cloud hosts, or null. */
  detect(url: string): TicketLocation | null;
  /** Self-hosted instances (hosts the user added in Options): the ticket a URL on any host shows. */
  detectSelfHosted?: (url: string) => TicketLocation | null;
  /**
   * The `CaseRef.host` of the tickets a page at `page` can show: what a content script on that
   * page may report on. The page's own host, except where the desk keys tickets by another host
   * (Salesforce: the org's API host); null when the page cannot show this desk's tickets.
   */
  ticketHost(page: URL): string | null;
  /** The page that opens a ticket, built from its ref (cloud hosts, https). */
  ticketUrl(ref: Pick<CaseRef, 'host' | 'ticketId'>): string;
}

/** Each desk's entry lives in its folder (`<desk>/desk.ts`), so a content script carries only its own. */
export const DESK_REGISTRY = {
  zendesk: zendeskDesk,
  jira: jiraDesk,
  salesforce: salesforceDesk,
} as const satisfies { readonly [D in Desk]: DeskEntry<D> };

/** Every desk's entry, in `DESK_IDS` order (the order detection tries them). */
export const DESK_LIST: readonly DeskEntry[] = DESK_IDS.map((id) => DESK_REGISTRY[id]);

/** The desks the worker reads itself. */
export type WorkerDesk = { [D in Desk]: (typeof DESK_REGISTRY)[D]['readFrom'] extends 'worker' ? D : never }[Desk];

export function deskEntry(desk: Desk): DeskEntry {
  return DESK_REGISTRY[desk];
}

export function isDesk(value: unknown): value is Desk {
  return typeof value === 'string' && (DESK_IDS as readonly string[]).includes(value);
}

export function isWorkerDesk(desk: Desk): desk is WorkerDesk {
  return DESK_REGISTRY[desk].readFrom === 'worker';
}

/** Manifest `host_permissions`: every desk's hosts, once each. */
export function hostPermissions(): string[] {
  return [...new Set(DESK_LIST.flatMap((desk) => desk.hostPermissions))];
}

/**
 * Manifest `web_accessible_resources` matches for the strip: the pages that may frame it. Every
 * desk's cloud hosts (origin patterns: a match pattern's path is ignored there).
 */
export function frameHostPatterns(): string[] {
  return hostPermissions();
}

/** The context menu's document and target URL patterns: every desk's ticket pages. */
export function ticketPatterns(): string[] {
  return [...new Set(DESK_LIST.flatMap((desk) => desk.ticketPatterns))];
}
