/**
 * Page half: the DOM fallback. Reads plain text from the active issue view; the worker validates
 * it (DomFieldsSchema). A required selector that is missing throws an Error naming the desk and
 * the selector, so a Jira redesign shows up as a named failure, not as empty data.
 */
import type { CaseRef } from '../../model/case-ref';
import type { RawDomRead } from '../types';
import { normalizeKey } from './detect';
import { COMMENT_ID_PREFIX, cloudSelectors as C, dataCenterSelectors as D } from './selectors';

function required(root: ParentNode, name: string, selector: string): Element {
  const found = root.querySelector(selector);
  if (!found) throw new Error(`jira: the issue view has no ${name} (selector ${selector}); the page layout may have changed`);
  return found;
}

function optionalText(root: ParentNode, selector: string): string | null {
  const text = root.querySelector(selector)?.textContent?.trim();
  return text ? text : null;
}

/** Elements that end a paragraph, and elements that only end a line. */
const PARAGRAPH = new Set(['P', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'TABLE']);
const LINE = new Set(['DIV', 'LI', 'TR', 'SECTION']);

/** Text of an element with paragraph and line breaks kept and `<pre>` fenced. Never markup. */
export function blockText(element: Element): string {
  let out = '';
  const breakTo = (newlines: number): void => {
    if (!out) return;
    const have = out.length - out.replace(/\n+$/, '').length;
    if (have < newlines) out += '\n'.repeat(newlines - have);
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === 'BR') {
      out += '\n';
      return;
    }
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') return;
    if (tag === 'PRE') {
      breakTo(2);
      out += `\`\`\`\n${el.textContent ?? ''}\n\`\`\``;
      breakTo(2);
      return;
    }
    const size = PARAGRAPH.has(tag) ? 2 : LINE.has(tag) ? 1 : 0;
    if (size) breakTo(size);
    if (tag === 'LI') out += '- ';
    el.childNodes.forEach(walk);
    if (size) breakTo(size);
  };
  element.childNodes.forEach(walk);
  return out
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function readCloud(pane: Element, ref: CaseRef, url: string): RawDomRead {
  const messages = Array.from(pane.querySelectorAll(C.comment)).map((item) => {
    const testId = item.getAttribute('data-testid') ?? '';
    const body = item.querySelector(C.commentBody);
    return {
      id: testId.startsWith(COMMENT_ID_PREFIX) ? testId.slice(COMMENT_ID_PREFIX.length) : undefined,
      author: optionalText(item, C.commentAuthor) ?? 'Unknown user',
      at: item.querySelector(C.commentTime)?.getAttribute('datetime') ?? undefined,
      text: body ? blockText(body) : '',
      internal: item.querySelector(C.commentInternal) !== null,
    };
  });
  return {
    kind: 'dom',
    ref,
    url,
    fields: {
      subject: required(pane, 'summary', C.summary).textContent?.trim() ?? '',
      status: required(pane, 'status', C.status).textContent?.trim() ?? '',
      priority: optionalText(pane, C.priority),
      assignee: optionalText(pane, C.assignee),
      requester: optionalText(pane, C.reporter),
      messages,
    },
  };
}

function readDataCenter(doc: Document, ref: CaseRef, url: string): RawDomRead {
  const messages = Array.from(doc.querySelectorAll(D.comment)).map((item) => {
    const body = item.querySelector(D.commentBody);
    return {
      author: optionalText(item, D.commentAuthor) ?? 'Unknown user',
      at: item.querySelector(D.commentTime)?.getAttribute('datetime') ?? undefined,
      text: body ? blockText(body) : '',
    };
  });
  return {
    kind: 'dom',
    ref,
    url,
    fields: {
      subject: required(doc, 'summary', D.summary).textContent?.trim() ?? '',
      status: required(doc, 'status', D.status).textContent?.trim() ?? '',
      priority: optionalText(doc, D.priority),
      assignee: optionalText(doc, D.assignee),
      requester: optionalText(doc, D.reporter),
      messages,
    },
  };
}

/** The Cloud issue view showing `key`, if the page shows it. */
function cloudPane(doc: Document, key: string): Element | undefined {
  const panes = Array.from(doc.querySelectorAll(C.pane));
  const keyOf = (pane: Element) => normalizeKey(pane.querySelector(C.key)?.textContent?.trim());
  return panes.find((p) => keyOf(p) === key) ?? (panes.length === 1 && panes[0] && keyOf(panes[0]) === null ? panes[0] : undefined);
}

/** The issue `ref` as shown on the page, or null when the page does not show it. */
export function readDom(doc: Document, ref: CaseRef, url: string): RawDomRead | null {
  const pane = cloudPane(doc, ref.ticketId);
  if (pane) return readCloud(pane, ref, url);
  const dcKey = normalizeKey(doc.querySelector(D.issueKeyMeta)?.getAttribute('content'));
  if (dcKey === ref.ticketId) return readDataCenter(doc, ref, url);
  return null;
}

/**
 * The comment being written on issue `key` (Cloud's comment editor, or Data Center's "Add
 * comment" text area), or null when none is open. Only ever read: Keel never writes into it.
 */
export function readDraft(doc: Document, key: string): string | null {
  const pane = cloudPane(doc, key);
  if (pane) {
    for (const selector of C.commentEditor) {
      const editor = pane.querySelector(selector);
      if (editor) return blockText(editor).trim();
    }
    return null;
  }
  if (normalizeKey(doc.querySelector(D.issueKeyMeta)?.getAttribute('content')) !== key) return null;
  const area = doc.querySelector(D.commentEditor);
  return area ? ((area as HTMLTextAreaElement).value ?? area.textContent ?? '').trim() : null;
}
