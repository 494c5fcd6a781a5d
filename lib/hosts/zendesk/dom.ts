/**
 * Page half, fallback only: read the ticket from the Agent Workspace when the API is unavailable.
 * Scoped to the pane of the ticket being read (Zendesk keeps every open tab's pane in the DOM).
 * Returns plain strings; the worker validates them. Text is taken from text nodes, never as HTML.
 */
import type { CaseRef } from '../../model/case-ref';
import type { RawDomRead } from '../types';
import { ZENDESK_SELECTORS as S } from './selectors';

export interface ZendeskDomMessage {
  author: string;
  at: string | null;
  text: string;
  internal: boolean;
  /** The message element's `type` attribute: `end-user`, `agent`, `internal`, or null. */
  authorType: string | null;
}

/** A required element: missing means the page changed, so say which selector failed. */
function $(root: ParentNode, selector: string, name: string): Element {
  const el = root.querySelector(selector);
  if (!el) throw new Error(`zendesk: the page has no ${name} (selector ${selector})`);
  return el;
}

function isHidden(el: Element, stop: Element | null): boolean {
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node && node !== stop; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return true;
    const style = view?.getComputedStyle ? view.getComputedStyle(node) : (node as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  }
  return false;
}

/** The visible pane showing `ticketId`, or null when the page does not show that ticket. */
export function activePane(doc: Document, ticketId: string): Element | null {
  const container = doc.querySelector(S.panes);
  const root: ParentNode = container ?? doc;
  const candidates = Array.from(root.querySelectorAll(S.pane(ticketId)));
  // The attribute may repeat on nested elements; the outermost one is the pane.
  const outer = candidates.filter((el) => !candidates.some((other) => other !== el && other.contains(el)));
  return outer.find((el) => !isHidden(el, container)) ?? null;
}

const BLOCK = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'PRE', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TABLE', 'SECTION', 'ARTICLE']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'BUTTON', 'SVG', 'svg', 'TEMPLATE', 'NOSCRIPT']);

/** Text with line breaks where the page shows them (paragraphs, list items, <br>). */
export function textOf(el: Element): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      out.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName;
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      out.push('\n');
      return;
    }
    const block = BLOCK.has(tag);
    if (block) out.push('\n');
    if (tag === 'LI') out.push('- ');
    node.childNodes.forEach(walk);
    if (block) out.push('\n');
  };
  walk(el);
  return out
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n[ \t]+/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function valueOf(el: Element): string {
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') {
    const value = (el as HTMLInputElement).value;
    return (typeof value === 'string' ? value : el.getAttribute('value') ?? '').trim();
  }
  return textOf(el);
}

function readMessage(item: Element): ZendeskDomMessage {
  const message = item.querySelector(S.message);
  const body = item.querySelector(S.content) ?? message ?? item;
  const type = message?.getAttribute('type') ?? null;
  return {
    author: textOf(item.querySelector(S.sender) ?? item.ownerDocument.createElement('span')),
    at: item.querySelector(S.time)?.getAttribute('datetime') ?? null,
    text: textOf(body),
    internal: item.querySelector(S.internalTag) !== null || type === 'internal',
    authorType: type,
  };
}

export function readDom(doc: Document, ref: CaseRef, url: string): RawDomRead | null {
  const pane = activePane(doc, ref.ticketId);
  if (!pane) return null;
  const subject = valueOf($(pane, S.subject, 'ticket subject'));
  const log = $(pane, S.log, 'conversation log');
  const status = pane.querySelector(S.status);
  const priority = pane.querySelector(S.priority);
  const messages = Array.from(log.querySelectorAll(S.item)).map(readMessage);
  return {
    kind: 'dom',
    ref,
    url,
    fields: {
      subject,
      status: status ? valueOf(status) : null,
      priority: priority ? valueOf(priority) : null,
      messages,
    },
  };
}

/**
 * The reply being written in the ticket's composer, as the agent sees it (line breaks kept), or
 * null when the ticket's pane has no composer open. Only ever read: Keel never writes into it.
 */
export function readDraft(doc: Document, ticketId: string): string | null {
  const box = activePane(doc, ticketId)?.querySelector(S.replyBox);
  return box ? valueOf(box) : null;
}
