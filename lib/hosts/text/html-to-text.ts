/**
 * HTML → plain text without a DOM: the MV3 service worker has no DOMParser, and email bodies
 * (Salesforce EmailMessage.HtmlBody, Outlook and Gmail markup) are parsed there.
 *
 * One left-to-right pass over the input, linear in its length. Tags are recognised and dropped;
 * `<script>`, `<style>`, `<title>` and similar raw-text elements are dropped with their contents;
 * comments (and Outlook's conditional comments) are skipped. Blocks become lines, paragraphs are
 * separated by blank lines, `<br>` breaks a line, list items get "- " or "N. " bullets indented by
 * nesting, `<blockquote>` lines get "> ", `<pre>` is kept verbatim between ``` fences and inline
 * `<code>` is wrapped in backticks (the temperature scorer skips both), links keep their text and
 * add the URL when it differs. Entities (common named ones and all numeric ones) are decoded
 * after the markup is removed, so `&lt;script&gt;` comes out as the literal text "<script>" and
 * no markup ever comes out. Malformed input yields text, never an exception.
 *
 * Bounded (see `limits.ts`): quotes and lists deeper than MAX_NESTING are drawn at that depth (a
 * prefix repeated on every line used to turn a 56 KB e-mail of nested quotes into 72 MB), the
 * converter stops reading once it has written MAX_CONVERTED_CHARS, and the result is clamped to
 * MAX_MESSAGE_CHARS; `convertHtml` says whether anything was left out.
 */
import { clampText, MAX_CONVERTED_CHARS, MAX_NESTING, type BoundedText } from './limits';

/** Elements whose contents are not text for a reader. */
const RAW_TEXT_SKIPPED = new Set(['script', 'style', 'title', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'xmp', 'noembed', 'noframes']);

/** Block elements: one line break before and after. */
const LINE_BLOCKS = new Set([
  'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'address', 'table', 'thead', 'tbody',
  'tfoot', 'tr', 'caption', 'dl', 'dt', 'dd', 'form', 'fieldset', 'legend', 'center', 'details', 'summary',
  'figcaption', 'body', 'html', 'li',
]);

/** Blocks separated from their neighbours by a blank line. */
const PARAGRAPH_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'figure', 'hr', 'ul', 'ol']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  shy: '', zwnj: '', zwj: '', lrm: '', rlm: '',
  copy: '©', reg: '®', trade: '™', hellip: '…', mdash: '—', ndash: '–', minus: '−',
  lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›',
  bull: '•', middot: '·', dagger: '†', Dagger: '‡', prime: '′', Prime: '″', permil: '‰',
  euro: '€', pound: '£', yen: '¥', cent: '¢', curren: '¤', sect: '§', para: '¶', deg: '°', plusmn: '±',
  times: '×', divide: '÷', frac12: '½', frac14: '¼', frac34: '¾', sup1: '¹', sup2: '²', sup3: '³', micro: 'µ',
  iexcl: '¡', iquest: '¿', ordf: 'ª', ordm: 'º', not: '¬', macr: '¯', acute: '´', cedil: '¸', uml: '¨',
  larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔', rArr: '⇒', lArr: '⇐', hArr: '⇔',
  le: '≤', ge: '≥', ne: '≠', asymp: '≈', infin: '∞', check: '✓',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Auml: 'Ä', Aring: 'Å', AElig: 'Æ', Ccedil: 'Ç',
  Egrave: 'È', Eacute: 'É', Ecirc: 'Ê', Euml: 'Ë', Igrave: 'Ì', Iacute: 'Í', Icirc: 'Î', Iuml: 'Ï',
  Ntilde: 'Ñ', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ', Ouml: 'Ö', Oslash: 'Ø',
  Ugrave: 'Ù', Uacute: 'Ú', Ucirc: 'Û', Uuml: 'Ü', Yacute: 'Ý', szlig: 'ß',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', auml: 'ä', aring: 'å', aelig: 'æ', ccedil: 'ç',
  egrave: 'è', eacute: 'é', ecirc: 'ê', euml: 'ë', igrave: 'ì', iacute: 'í', icirc: 'î', iuml: 'ï',
  ntilde: 'ñ', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ouml: 'ö', oslash: 'ø',
  ugrave: 'ù', uacute: 'ú', ucirc: 'û', uuml: 'ü', yacute: 'ý', yuml: 'ÿ', OElig: 'Œ', oelig: 'œ', Scaron: 'Š', scaron: 'š',
};

/** Named entities HTML also accepts without the semicolon (the common legacy ones). */
const LEGACY_NO_SEMICOLON = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

/** Numeric references 0x80–0x9F mean Windows-1252 characters (HTML spec, numeric character reference end state). */
const WINDOWS_1252: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6,
  0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c,
  0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a,
  0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

const ENTITY = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}))(;?)/g;

function codePointText(code: number): string {
  const mapped = WINDOWS_1252[code] ?? code;
  if (mapped === 0 || mapped > 0x10ffff || (mapped >= 0xd800 && mapped <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(mapped);
}

/** Decode character references in text taken from between tags (or from an attribute value). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined, semi: string) => {
    if (dec !== undefined) return codePointText(Number.parseInt(dec, 10));
    if (hex !== undefined) return codePointText(Number.parseInt(hex, 16));
    const value = name !== undefined ? NAMED_ENTITIES[name] : undefined;
    if (value === undefined || (!semi && !LEGACY_NO_SEMICOLON.has(name ?? ''))) return whole;
    return value;
  });
}

function isTagNameStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isTagNameChar(code: number): boolean {
  return isTagNameStart(code) || (code >= 48 && code <= 57) || code === 45 || code === 58 || code === 95;
}

/** Quoted attribute values longer than this are not followed; the tag ends at the first `>` instead. */
const MAX_QUOTED_SCAN = 2048;

/**
 * Index just past the `>` that ends a tag whose name ends at `from`: a quote opens a value only
 * right after `=`, and a `>` inside a quoted value does not end the tag. When no end is found
 * within reach (an unterminated quote), the first `>` ends the tag; -1 when there is none.
 */
function tagEnd(html: string, from: number): number {
  const limit = Math.min(html.length, from + MAX_QUOTED_SCAN);
  let quote = 0;
  let afterEquals = false;
  for (let i = from; i < limit; i++) {
    const code = html.charCodeAt(i);
    if (quote) {
      if (code === quote) quote = 0;
      continue;
    }
    if ((code === 34 || code === 39) && afterEquals) quote = code;
    else if (code === 62) return i + 1;
    if (code === 61) afterEquals = true;
    else if (code !== 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) afterEquals = false;
  }
  const first = html.indexOf('>', from);
  return first < 0 ? -1 : first + 1;
}

/** The value of one attribute in a tag's source text (`<a class=x href="…">`), decoded; null when absent. */
function attribute(tagSource: string, name: string): string | null {
  const attr = new RegExp(`[\\s/]${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');
  const match = attr.exec(tagSource);
  if (!match) return null;
  return decodeEntities(match[1] ?? match[2] ?? match[3] ?? '').trim();
}

function linkTarget(href: string | null): string | null {
  if (!href) return null;
  return /^(?:https?:\/\/|mailto:)/i.test(href) ? href : null;
}

function sameLink(text: string, href: string): boolean {
  const norm = (s: string) =>
    s
      .trim()
      .toLowerCase()
      .replace(/^mailto:/, '')
      .replace(/^https?:\/\//, '')
      .replace(/^www\./, '')
      .replace(/\/$/, '');
  return norm(text) === norm(href);
}

interface ListState {
  ordered: boolean;
  next: number;
}

/** Accumulates lines with the prefixes the open blocks call for. */
class TextWriter {
  private readonly lines: string[] = [];
  private line = '';
  private prefix: string | null = null;
  /** 0: continue the line; 1: start a new line; 2: leave a blank line first. */
  private breaks = 0;
  private space = false;
  /** True once anything was written, so leading breaks are dropped. */
  private started = false;
  private quoteDepth = 0;
  readonly lists: ListState[] = [];
  bullet: string | null = null;
  private readonly links: { href: string | null; text: string }[] = [];
  /** Characters written so far; past MAX_CONVERTED_CHARS the writer is full and ignores text. */
  private written = 0;

  get full(): boolean {
    return this.written >= MAX_CONVERTED_CHARS;
  }

  block(kind: 1 | 2): void {
    if (kind > this.breaks) this.breaks = kind;
    this.space = false;
  }

  /** `<br>`: a new line, or a blank one when the line is already empty. */
  lineBreak(): void {
    this.breaks = this.breaks >= 1 ? 2 : 1;
    this.space = false;
  }

  /** Lines before the quote keep their own prefix, including the blank line that separates them. */
  enterQuote(): void {
    this.flushBreaks();
    this.quoteDepth++;
  }

  leaveQuote(): void {
    if (this.prefix !== null) this.endLine();
    if (this.quoteDepth > 0) this.quoteDepth--;
  }

  pendingSpace(): void {
    if (this.prefix !== null) this.space = true;
  }

  private quotePrefix(): string {
    return '> '.repeat(Math.min(this.quoteDepth, MAX_NESTING));
  }

  private startLine(): void {
    let prefix = this.quotePrefix();
    if (this.lists.length > 0) {
      prefix += '  '.repeat(Math.min(this.lists.length, MAX_NESTING) - 1);
      prefix += this.bullet ?? '  ';
      this.bullet = null;
    }
    this.prefix = prefix;
  }

  private flushBreaks(): void {
    if (this.breaks === 0) return;
    if (this.prefix !== null) this.endLine();
    if (this.breaks === 2 && this.started) this.blankLine();
    this.breaks = 0;
  }

  private endLine(): void {
    // The line's text was counted as it was appended.
    this.written += (this.prefix?.length ?? 0) + 1;
    this.lines.push((this.prefix ?? '') + this.line);
    this.line = '';
    this.prefix = null;
  }

  private blankLine(): void {
    const line = this.quotePrefix().trimEnd();
    this.written += line.length + 1;
    this.lines.push(line);
  }

  /** Inline text with HTML whitespace rules: runs of white space collapse to one space. */
  text(raw: string): void {
    const text = decodeEntities(raw).replace(/[\t\n\f\r \u00a0]+/g, ' ');
    if (text.length === 0) return;
    if (text === ' ') {
      this.pendingSpace();
      return;
    }
    const leading = text.charCodeAt(0) === 32;
    const trailing = text.charCodeAt(text.length - 1) === 32;
    if (leading) this.pendingSpace();
    this.word(text.slice(leading ? 1 : 0, trailing ? -1 : undefined));
    if (trailing) this.space = true;
  }

  /** Text written as is (no collapsing), e.g. inside `<pre>`; `\n` ends lines. */
  verbatim(raw: string): void {
    const text = decodeEntities(raw).replace(/\r\n?/g, '\n');
    const parts = text.split('\n');
    parts.forEach((part, index) => {
      if (index > 0) this.hardBreak();
      if (part.length > 0) this.append(part);
    });
  }

  /** A line on its own, like a ``` fence. */
  fence(): void {
    this.flushBreaks();
    if (this.prefix !== null) this.endLine();
    this.append('```');
    this.endLine();
  }

  /** End the current line even when it is empty (a newline inside `<pre>`). */
  hardBreak(): void {
    this.flushBreaks();
    if (this.prefix === null) this.startLine();
    this.endLine();
  }

  private append(text: string): void {
    if (this.full) return;
    this.flushBreaks();
    if (this.prefix === null) this.startLine();
    this.line += text;
    this.written += text.length;
    this.started = true;
    this.space = false;
    const link = this.links[this.links.length - 1];
    if (link) link.text += text;
  }

  /** Inline text that joins the line with the pending space, if any. */
  word(text: string): void {
    if (text.length === 0) return;
    const joinWithSpace = this.space && this.breaks === 0 && this.prefix !== null;
    this.append(joinWithSpace ? ` ${text}` : text);
  }

  openLink(href: string | null): void {
    this.links.push({ href: linkTarget(href), text: '' });
  }

  closeLink(): void {
    const link = this.links.pop();
    if (!link?.href) return;
    const shown = link.text.trim();
    if (shown && sameLink(shown, link.href)) return;
    if (shown) this.pendingSpace();
    this.word(`(${link.href})`);
  }

  finish(): string {
    if (this.prefix !== null) this.endLine();
    const out: string[] = [];
    for (const line of this.lines) {
      const trimmed = line.trimEnd();
      const blank = trimmed === '' || /^(?:> ?)+$/.test(trimmed);
      const previous = out[out.length - 1];
      if (blank && (previous === undefined || previous === '' || /^(?:> ?)+$/.test(previous))) continue;
      out.push(trimmed);
    }
    while (out.length > 0 && (out[out.length - 1] === '' || /^(?:> ?)+$/.test(out[out.length - 1] ?? ''))) out.pop();
    return out.join('\n');
  }
}

/** Convert an HTML document or fragment to plain text (see the file comment for the rules). */
export function htmlToText(html: string): string {
  return convertHtml(html).text;
}

/** `htmlToText`, saying whether the text was shortened to stay within the limits. */
export function convertHtml(html: string): BoundedText {
  const out = new TextWriter();
  const lower = html.toLowerCase();
  const n = html.length;
  let pre = 0;
  let code = 0;
  let i = 0;
  let textStart = 0;

  const flushText = (end: number) => {
    if (end <= textStart) return;
    const chunk = html.slice(textStart, end);
    if (pre > 0) out.verbatim(chunk);
    else out.text(chunk);
  };

  while (i < n && !out.full) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const nextCode = html.charCodeAt(lt + 1);
    // Comments, including Outlook's `<!--[if mso]>…<![endif]-->`.
    if (html.startsWith('<!--', lt)) {
      flushText(lt);
      const close = html.indexOf('-->', lt + 4);
      i = textStart = close < 0 ? n : close + 3;
      continue;
    }
    // `<!DOCTYPE>`, `<![if …]>`, `<?xml …?>`, and bogus `</ >` comments.
    if (nextCode === 33 || nextCode === 63 || (nextCode === 47 && !isTagNameStart(html.charCodeAt(lt + 2)))) {
      flushText(lt);
      const close = html.indexOf('>', lt + 2);
      i = textStart = close < 0 ? n : close + 1;
      continue;
    }
    const closing = nextCode === 47;
    const nameStart = lt + (closing ? 2 : 1);
    if (!isTagNameStart(html.charCodeAt(nameStart))) {
      i = lt + 1; // a literal "<", as in "a < b"
      continue;
    }
    let nameEnd = nameStart;
    while (nameEnd < n && isTagNameChar(html.charCodeAt(nameEnd))) nameEnd++;
    const name = lower.slice(nameStart, nameEnd);
    const end = tagEnd(html, nameEnd);
    flushText(lt);
    if (end < 0) {
      textStart = n; // an unterminated tag at the end: drop it
      break;
    }
    i = textStart = end;

    if (!closing && RAW_TEXT_SKIPPED.has(name)) {
      const close = lower.indexOf(`</${name}`, end);
      if (close < 0) {
        textStart = n; // never closed: the rest is script, not text
        break;
      }
      const after = tagEnd(html, close + 2 + name.length);
      i = textStart = after < 0 ? n : after;
      continue;
    }

    if (name === 'br') {
      if (pre > 0) out.hardBreak();
      else out.lineBreak();
    } else if (name === 'pre') {
      if (!closing) {
        out.block(2);
        out.fence();
        pre++;
        if (html.charCodeAt(i) === 10) i = textStart = i + 1; // a newline right after <pre> is not content
        else if (html.startsWith('\r\n', i)) i = textStart = i + 2;
      } else if (pre > 0) {
        pre--;
        out.fence();
        out.block(2);
      }
    } else if (name === 'code' || name === 'kbd' || name === 'samp' || name === 'tt') {
      if (pre === 0) {
        if (!closing) {
          if (code === 0) out.word('`');
          code++;
        } else if (code > 0) {
          code--;
          if (code === 0) out.verbatim('`');
        }
      }
    } else if (name === 'a') {
      if (!closing) out.openLink(attribute(html.slice(lt, end), 'href'));
      else out.closeLink();
    } else if (name === 'ul' || name === 'ol') {
      out.block(out.lists.length === 0 ? 2 : 1);
      if (!closing) out.lists.push({ ordered: name === 'ol', next: Number(attribute(html.slice(lt, end), 'start')) || 1 });
      else out.lists.pop();
    } else if (name === 'li') {
      out.block(1);
      if (!closing) {
        if (out.lists.length === 0) out.lists.push({ ordered: false, next: 1 });
        const list = out.lists[out.lists.length - 1];
        if (list) out.bullet = list.ordered ? `${list.next++}. ` : '- ';
      }
    } else if (name === 'blockquote') {
      out.block(2);
      if (!closing) out.enterQuote();
      else out.leaveQuote();
    } else if (name === 'hr') {
      out.block(2);
      out.text('---');
      out.block(2);
    } else if (name === 'td' || name === 'th') {
      if (!closing) out.pendingSpace();
    } else if (name === 'img') {
      // Images (logos, tracking pixels) carry no words worth scoring.
    } else if (PARAGRAPH_BLOCKS.has(name)) {
      out.block(2);
    } else if (LINE_BLOCKS.has(name)) {
      out.block(1);
    }
  }
  const stoppedEarly = out.full;
  if (!stoppedEarly) flushText(n);
  if (code > 0) out.verbatim('`');
  const bounded = clampText(out.finish());
  return { text: bounded.text, shortened: bounded.shortened || stoppedEarly || out.full };
}
