/**
 * Atlassian Document Format (ADF) → plain text. Jira Cloud's REST API v3 returns comment bodies
 * and descriptions as ADF documents (https://developer.atlassian.com/cloud/jira/platform/apis/document/structure/).
 *
 * Pure and DOM-free: the output is text for Keel's scorer and panels, never markup. Blocks are
 * separated by blank lines; lists keep their nesting and numbering; code is fenced with ``` (block)
 * or wrapped in backticks (inline) so the temperature scorer can skip it; unknown nodes are
 * walked into rather than dropped, and any malformed input yields text, never an exception.
 *
 * Bounded (see `limits.ts`): text nodes stop being read once MAX_CONVERTED_CHARS were taken,
 * quotes and lists deeper than MAX_NESTING are drawn at that depth, and the result is clamped to
 * MAX_MESSAGE_CHARS; `convertAdf` says whether anything was left out.
 */
import { clampText, MAX_CONVERTED_CHARS, MAX_NESTING, type BoundedText } from './limits';

type Json = Record<string, unknown>;

/** What one conversion has used: text left to take, and how deep quotes and lists are open. */
interface Ctx {
  left: number;
  cut: boolean;
  quotes: number;
  lists: number;
}

/** Deeper documents are cut off rather than risking the stack on hostile input. */
const MAX_DEPTH = 64;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function children(node: Json): unknown[] {
  return Array.isArray(node.content) ? node.content : [];
}

function attrs(node: Json): Json {
  return isObject(node.attrs) ? node.attrs : {};
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/** Node types rendered inline (inside a paragraph, heading, cell…). */
const INLINE = new Set([
  'text',
  'hardBreak',
  'mention',
  'emoji',
  'inlineCard',
  'date',
  'status',
  'mediaInline',
  'inlineExtension',
  'placeholder',
]);

function take(ctx: Ctx, text: string): string {
  if (text.length <= ctx.left) {
    ctx.left -= text.length;
    return text;
  }
  ctx.cut = true;
  const kept = text.slice(0, Math.max(0, ctx.left));
  ctx.left = 0;
  return kept;
}

function renderText(node: Json, ctx: Ctx): string {
  const text = take(ctx, typeof node.text === 'string' ? node.text : '');
  if (!text) return '';
  const marks = Array.isArray(node.marks) ? node.marks.filter(isObject) : [];
  let out = text;
  if (marks.some((mark) => mark.type === 'code')) out = `\`${out}\``;
  const link = marks.find((mark) => mark.type === 'link');
  const href = link ? str(attrs(link).href) : null;
  if (href && href !== text) out = `${out} (${href})`;
  return out;
}

function renderDate(node: Json): string {
  const raw = attrs(node).timestamp;
  const ms = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : NaN;
  if (!Number.isFinite(ms)) return '';
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

function renderInline(node: Json, depth: number, ctx: Ctx): string {
  const a = attrs(node);
  switch (node.type) {
    case 'text':
      return renderText(node, ctx);
    case 'hardBreak':
      return '\n';
    case 'mention': {
      const name = str(a.text) ?? str(a.displayName) ?? 'someone';
      return name.startsWith('@') ? name : `@${name}`;
    }
    case 'emoji':
      return str(a.text) ?? str(a.shortName) ?? '';
    case 'inlineCard':
      return str(a.url) ?? '';
    case 'date':
      return renderDate(node);
    case 'status':
      return str(a.text) ?? '';
    case 'mediaInline':
      return '[attachment]';
    case 'placeholder':
    case 'inlineExtension':
      return '';
    default:
      return inlineChildren(node, depth, ctx);
  }
}

/** Past MAX_DEPTH (or the text budget) content is left out: the result says so. */
function leftOut(depth: number, ctx: Ctx, nodes: unknown[]): boolean {
  if (depth <= MAX_DEPTH && ctx.left > 0) return false;
  if (nodes.length > 0) ctx.cut = true;
  return true;
}

function inlineChildren(node: Json, depth: number, ctx: Ctx): string {
  if (leftOut(depth, ctx, children(node))) return '';
  let out = '';
  for (const child of children(node)) {
    if (!isObject(child)) continue;
    out += INLINE.has(String(child.type)) ? renderInline(child, depth + 1, ctx) : blocksToText([child], depth + 1, ctx).replace(/\n+/g, ' ');
  }
  if (!out && typeof node.text === 'string') out = take(ctx, node.text);
  return out;
}

function indent(text: string, prefix: string, firstPrefix = prefix): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? firstPrefix : line ? prefix : '') + line)
    .join('\n');
}

function renderList(node: Json, depth: number, ctx: Ctx): string {
  const ordered = node.type === 'orderedList';
  const start = Number(attrs(node).order);
  let n = Number.isInteger(start) && start >= 0 ? start : 1;
  const items: string[] = [];
  for (const item of children(node)) {
    if (!isObject(item)) continue;
    let marker = '- ';
    if (ordered) marker = `${n++}. `;
    else if (item.type === 'taskItem') marker = attrs(item).state === 'DONE' ? '[x] ' : '[ ] ';
    // A list item holds blocks (paragraphs, nested lists, code); task items hold inline content.
    ctx.lists++;
    const body = item.type === 'taskItem' || item.type === 'decisionItem' ? inlineChildren(item, depth + 1, ctx) : blocksToText(children(item), depth + 1, ctx, '\n');
    ctx.lists--;
    // Deeper than MAX_NESTING, items keep their marker but are not indented further.
    items.push(indent(body, ctx.lists < MAX_NESTING ? ' '.repeat(marker.length) : '', marker));
  }
  return items.join('\n');
}

function renderTable(node: Json, depth: number, ctx: Ctx): string {
  const rows: string[] = [];
  for (const row of children(node)) {
    if (!isObject(row)) continue;
    const cells = children(row)
      .filter(isObject)
      .map((cell) => blocksToText(children(cell), depth + 1, ctx).replace(/\s*\n+\s*/g, ' ').trim());
    if (cells.length) rows.push(cells.join(' | '));
  }
  return rows.join('\n');
}

function renderCode(node: Json, ctx: Ctx): string {
  const language = str(attrs(node).language) ?? '';
  const code = children(node)
    .filter(isObject)
    .map((child) => take(ctx, typeof child.text === 'string' ? child.text : ''))
    .join('');
  return `\`\`\`${language}\n${code}\n\`\`\``;
}

function renderBlock(node: Json, depth: number, ctx: Ctx): string {
  const a = attrs(node);
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return inlineChildren(node, depth, ctx);
    case 'bulletList':
    case 'orderedList':
    case 'taskList':
    case 'decisionList':
      return renderList(node, depth, ctx);
    case 'codeBlock':
      return renderCode(node, ctx);
    case 'blockquote': {
      ctx.quotes++;
      const inner = blocksToText(children(node), depth + 1, ctx);
      ctx.quotes--;
      // Deeper than MAX_NESTING, a quote is drawn at the depth of the one around it.
      if (ctx.quotes >= MAX_NESTING) return inner;
      return inner
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n');
    }
    case 'rule':
      return '---';
    case 'table':
      return renderTable(node, depth, ctx);
    case 'media':
    case 'mediaSingle':
    case 'mediaGroup':
      return '[attachment]';
    case 'blockCard':
    case 'embedCard':
      return str(a.url) ?? '';
    case 'expand':
    case 'nestedExpand': {
      const title = str(a.title);
      const body = blocksToText(children(node), depth + 1, ctx);
      return title ? `${title}\n${body}` : body;
    }
    case 'extension':
      return '';
    default:
      // panel, layoutSection, layoutColumn, bodiedExtension, doc and anything newer: walk in.
      if (INLINE.has(String(node.type))) return renderInline(node, depth, ctx);
      return blocksToText(children(node), depth + 1, ctx);
  }
}

function blocksToText(nodes: unknown[], depth: number, ctx: Ctx, separator = '\n\n'): string {
  if (leftOut(depth, ctx, nodes)) return '';
  const parts: string[] = [];
  let inlineRun = '';
  const flush = (): void => {
    if (inlineRun.trim()) parts.push(inlineRun);
    inlineRun = '';
  };
  for (const node of nodes) {
    if (!isObject(node)) continue;
    if (INLINE.has(String(node.type))) {
      inlineRun += renderInline(node, depth + 1, ctx);
      continue;
    }
    flush();
    const text = renderBlock(node, depth + 1, ctx);
    if (text.trim()) parts.push(text);
  }
  flush();
  return parts.join(separator);
}

/**
 * Plain text of an ADF document (or any ADF node). Accepts `unknown` on purpose: a string is
 * returned as is, anything unreadable becomes ''.
 */
export function adfToText(doc: unknown): string {
  return convertAdf(doc).text;
}

/** `adfToText`, saying whether the text was shortened to stay within the limits. */
export function convertAdf(doc: unknown): BoundedText {
  if (typeof doc === 'string') return clampText(doc);
  if (!isObject(doc)) return { text: '', shortened: false };
  const ctx: Ctx = { left: MAX_CONVERTED_CHARS, cut: false, quotes: 0, lists: 0 };
  const text = INLINE.has(String(doc.type)) ? renderInline(doc, 0, ctx) : renderBlock(doc, 0, ctx);
  const bounded = clampText(
    text
      .split('\n')
      .map((line) => line.replace(/[ \t]+$/, ''))
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
  );
  return { text: bounded.text, shortened: bounded.shortened || ctx.cut };
}
