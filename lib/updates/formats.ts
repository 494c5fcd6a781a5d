/**
 * An update is written in a small Markdown (paragraphs, line breaks, **bold**, *italic*, lists,
 * headings, links) and goes out in the form its channel wants: rich text (HTML) for e-mail and
 * documents, plain text beside it, Markdown as written for chat tools. markdown-it with raw HTML
 * off: whatever the fact sheet or the desk's subject contains is shown as text, never as markup,
 * and links keep markdown-it's own check of their address (no `javascript:`). Pure.
 */
import MarkdownIt, { type Token } from 'markdown-it';

type Markdown = InstanceType<typeof MarkdownIt>;

let shared: Markdown | null = null;
function markdown(): Markdown {
  shared ??= new MarkdownIt('zero', { html: false, linkify: false, breaks: true }).enable([
    'paragraph',
    'list',
    'heading',
    'emphasis',
    'newline',
    'escape',
    'backticks',
    'link',
    'autolink',
    'entity',
  ]);
  return shared;
}

/** Rich text: the update as HTML (a fragment), every piece of text escaped. */
export function toHtml(text: string): string {
  return markdown().render(text);
}

function inlineText(children: readonly Token[] | null): string {
  let out = '';
  let href: string | null = null;
  let linkText = '';
  for (const child of children ?? []) {
    switch (child.type) {
      case 'text':
      case 'code_inline':
        if (href !== null) linkText += child.content;
        else out += child.content;
        break;
      case 'softbreak':
      case 'hardbreak':
        out += '\n';
        break;
      case 'link_open':
        href = String(child.attrGet('href') ?? '');
        linkText = '';
        break;
      case 'link_close':
        // The address after the words, unless the words are the address.
        out += linkText === href || !href ? linkText : `${linkText} (${href})`;
        href = null;
        break;
      default:
        break; // emphasis markers carry no text
    }
  }
  return out;
}

/**
 * Plain text: the same update without Markdown marks. Paragraphs are separated by a blank line,
 * list items keep "- " (or their number), links show their address after their words.
 */
export function toPlainText(text: string): string {
  /** Each block's text, and for a list item the list it belongs to. */
  const blocks: { text: string; list: number | null }[] = [];
  const lists: { ordered: boolean; next: number; id: number }[] = [];
  let listCount = 0;
  let marker: string | null = null;
  for (const token of markdown().parse(text, {})) {
    switch (token.type) {
      case 'bullet_list_open':
        lists.push({ ordered: false, next: 1, id: ++listCount });
        break;
      case 'ordered_list_open':
        lists.push({ ordered: true, next: Number(token.attrGet('start') ?? 1), id: ++listCount });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open': {
        const list = lists[lists.length - 1];
        const indent = '  '.repeat(Math.max(0, lists.length - 1));
        marker = list?.ordered ? `${indent}${list.next++}. ` : `${indent}- `;
        break;
      }
      case 'inline': {
        const words = inlineText(token.children);
        const list = lists[lists.length - 1]?.id ?? null;
        if (marker !== null) blocks.push({ text: marker + words.replace(/\n/g, `\n${' '.repeat(marker.length)}`), list });
        else blocks.push({ text: words, list });
        marker = null;
        break;
      }
      default:
        break;
    }
  }
  // Items of a list sit on consecutive lines, right under a line that introduces them ("Done:"); other blocks are paragraphs.
  const joint = (b: { list: number | null }, previous: { text: string; list: number | null }) =>
    b.list !== null && (previous.list === b.list || (previous.list === null && previous.text.trimEnd().endsWith(':'))) ? '\n' : '\n\n';
  return blocks.map((b, i) => (i === 0 ? '' : joint(b, blocks[i - 1]!)) + b.text).join('');
}

/** The three forms of an update. */
export function updateForms(text: string): { markdown: string; html: string; plain: string } {
  return { markdown: text, html: toHtml(text), plain: toPlainText(text) };
}
