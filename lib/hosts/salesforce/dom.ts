/**
 * DOM fallback: read the active Case pane of a Lightning page when the API is unavailable.
 * Page half: no zod; the worker validates the plain fields (`DomFieldsSchema`).
 *
 * The Case feed lists the newest item first by default; items whose time can be read are sorted
 * by it, otherwise the feed order is reversed so messages come oldest first.
 */
import type { CaseRef } from '../../model/case-ref';
import type { RawDomRead } from '../types';
import { ACTIVE_PANE, FEED_AUTHOR, FEED_BODY, FEED_ITEM, FEED_TIME, HIGHLIGHTS_TITLE, LABELS, layoutItem, OUTPUT_FIELD, PUBLISHER_TEXT } from './selectors';

const MAX_MESSAGES = 2000;

function clean(text: string | null | undefined): string | null {
  const value = (text ?? '').replace(/\s+/g, ' ').trim();
  return value.length > 0 ? value : null;
}

/** Throws an error naming the desk and the selector when a required element is missing. */
function $(root: ParentNode, selector: string): Element {
  const found = root.querySelector(selector);
  if (!found) throw new Error(`salesforce: page element not found: ${selector}`);
  return found;
}

function $optional(root: ParentNode, selector: string): Element | null {
  return root.querySelector(selector);
}

function fieldValue(pane: ParentNode, label: string): string | null {
  const item = $optional(pane, layoutItem(label));
  if (!item) return null;
  return clean(($optional(item, OUTPUT_FIELD) ?? item).textContent);
}

/** Keeps line breaks of a feed body: `innerText` where the browser lays out, text nodes otherwise. */
function bodyText(el: Element): string {
  const inner = (el as HTMLElement).innerText;
  const text = typeof inner === 'string' && inner.length > 0 ? inner : (el.textContent ?? '');
  return text.replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').trim();
}

function timeOf(el: Element | null): string | null {
  if (!el) return null;
  for (const candidate of [el.getAttribute('datetime'), el.getAttribute('title'), el.textContent]) {
    const value = clean(candidate);
    if (value && !Number.isNaN(Date.parse(value))) return new Date(Date.parse(value)).toISOString();
  }
  return null;
}

export function readDom(doc: Document, ref: CaseRef, url: string): RawDomRead | null {
  const pane = $optional(doc, ACTIVE_PANE);
  if (!pane) return null;
  const subject = fieldValue(pane, LABELS.subject) ?? clean($(pane, HIGHLIGHTS_TITLE).textContent);
  if (!subject) throw new Error(`salesforce: page element not found: ${layoutItem(LABELS.subject)}`);

  const items = Array.from(pane.querySelectorAll(FEED_ITEM)).slice(0, MAX_MESSAGES);
  let messages = items
    .map((item) => ({
      author: clean($optional(item, FEED_AUTHOR)?.textContent) ?? 'Unknown',
      at: timeOf($optional(item, FEED_TIME)),
      text: bodyText($optional(item, FEED_BODY) ?? item),
    }))
    .filter((m) => m.text.length > 0);
  if (messages.every((m) => m.at)) messages.sort((a, b) => (a.at ?? '').localeCompare(b.at ?? ''));
  else messages = messages.reverse();

  return {
    kind: 'dom',
    ref,
    url,
    fields: {
      subject,
      caseNumber: fieldValue(pane, LABELS.caseNumber),
      status: fieldValue(pane, LABELS.status),
      priority: fieldValue(pane, LABELS.priority),
      type: fieldValue(pane, LABELS.type),
      requester: fieldValue(pane, LABELS.contact),
      organization: fieldValue(pane, LABELS.account),
      assignee: fieldValue(pane, LABELS.owner),
      openedAt: timeOf($optional(pane, `${layoutItem(LABELS.opened)} ${OUTPUT_FIELD}`)),
      messages,
    },
  };
}

/**
 * What the agent is writing in the active Case's publisher, or null when it shows none. The
 * active pane is the Case the page shows (the worker checked the tab's ticket). Only ever read.
 */
export function readDraft(doc: Document): string | null {
  const pane = $optional(doc, ACTIVE_PANE);
  if (!pane) return null;
  for (const selector of PUBLISHER_TEXT) {
    const box = $optional(pane, selector);
    if (!box) continue;
    return box.tagName === 'TEXTAREA' ? ((box as HTMLTextAreaElement).value ?? '').trim() : bodyText(box);
  }
  return null;
}
