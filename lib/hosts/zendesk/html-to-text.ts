/**
 * Zendesk `html_body` → plain text, for the rare comment that carries neither `plain_body` nor
 * `body`. Worker half: no DOM (service workers have no DOMParser). A linear scan, no regexes that
 * can backtrack; the output is text only — escaped markup such as `&lt;script&gt;` comes out as the
 * literal characters the customer typed, real <script>/<style> elements are dropped.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };
const BLOCK = new Set(['p', 'div', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'ul', 'ol', 'section', 'article', 'hr']);
const DROP = new Set(['script', 'style', 'head', 'template']);

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8}|#39);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return safeChar(parseInt(lower.slice(2), 16), whole);
    if (lower.startsWith('#') && lower !== '#39') return safeChar(parseInt(lower.slice(1), 10), whole);
    return ENTITIES[lower] ?? whole;
  });
}

function safeChar(code: number, fallback: string): string {
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

function attr(raw: string, name: string): string | null {
  const at = raw.toLowerCase().indexOf(`${name}=`);
  if (at === -1) return null;
  const rest = raw.slice(at + name.length + 1).trim();
  const quote = rest[0];
  if (quote === '"' || quote === "'") {
    const end = rest.indexOf(quote, 1);
    return end === -1 ? null : rest.slice(1, end);
  }
  return rest.split(/[\s>]/)[0] ?? null;
}

interface List {
  ordered: boolean;
  next: number;
}

export function htmlToText(html: string): string {
  let out = '';
  const lists: List[] = [];
  let pre = 0;
  let dropping: string | null = null;

  const newline = (count = 1) => {
    const trimmed = out.replace(/[ \t]+$/, '');
    const have = trimmed.length - trimmed.replace(/\n+$/, '').length;
    out = trimmed + (trimmed.length === 0 ? '' : '\n'.repeat(Math.max(0, count - have)));
  };
  const text = (raw: string) => {
    if (dropping || raw === '') return;
    if (pre > 0) {
      out += decode(raw);
      return;
    }
    let collapsed = decode(raw.replace(/\s+/g, ' ')).replace(/\u00a0/g, ' ');
    if (out === '' || /[\s]$/.test(out)) collapsed = collapsed.replace(/^ +/, '');
    out += collapsed;
  };

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      text(html.slice(i));
      break;
    }
    text(html.slice(i, lt));
    const next = html[lt + 1] ?? '';
    if (!/[a-zA-Z/!]/.test(next)) {
      text('<');
      i = lt + 1;
      continue;
    }
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt);
    if (gt === -1) {
      text(html.slice(lt));
      break;
    }
    const raw = html.slice(lt + 1, gt);
    i = gt + 1;
    const closing = raw.startsWith('/');
    const name = (raw.slice(closing ? 1 : 0).split(/[\s/]/)[0] ?? '').toLowerCase();
    if (dropping) {
      if (closing && name === dropping) dropping = null;
      continue;
    }
    if (DROP.has(name)) {
      if (!closing && !raw.endsWith('/')) dropping = name;
      continue;
    }
    if (name === 'br') {
      out = out.replace(/[ \t]+$/, '') + '\n';
    } else if (name === 'li') {
      if (!closing) {
        newline();
        const list = lists[lists.length - 1];
        const indent = '  '.repeat(Math.max(0, lists.length - 1));
        out += list?.ordered ? `${indent}${list.next++}. ` : `${indent}- `;
      }
    } else if (name === 'ul' || name === 'ol') {
      if (closing) {
        lists.pop();
        newline(lists.length === 0 ? 2 : 1);
      } else {
        newline(lists.length === 0 ? 2 : 1);
        lists.push({ ordered: name === 'ol', next: Number(attr(raw, 'start')) || 1 });
      }
    } else if (name === 'pre') {
      if (closing && pre > 0) {
        pre -= 1;
        newline();
        out += '```';
        newline(2);
      } else if (!closing) {
        newline(2);
        out += '```\n';
        pre += 1;
      }
    } else if (name === 'code') {
      if (pre === 0) out += '`';
    } else if (BLOCK.has(name)) {
      newline(name === 'p' || name.startsWith('h') || name === 'blockquote' ? 2 : 1);
    }
  }
  return out
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
