/**
 * Jira wiki markup (Data Center comment bodies, REST API v2) → plain text, for the parts that
 * matter to Keel: code and noformat blocks become ``` fences (so the scorer can skip them),
 * quotes get "> ", mentions `[~user]` become `@user`, links keep their URL, headings and list
 * markers become plain lines. Everything else is left as typed.
 * https://jira.atlassian.com/secure/WikiRendererHelpAction.jspa?section=all
 * List levels deeper than MAX_NESTING are drawn at that depth, and the result is clamped to
 * MAX_MESSAGE_CHARS (`convertWiki` says when it was).
 */
import { clampText, MAX_NESTING, type BoundedText } from '../text/limits';

const FENCE_OPEN = /^\{(code|noformat)(?::[^}]*)?\}(.*)$/;

function inline(line: string): string {
  return (
    line
      // [~accountid:123] / [~jsmith] mentions
      .replace(/\[~(?:accountid:)?([^\]|]{1,200})\]/g, '@$1')
      // [text|url] links
      .replace(/\[([^\]|]{1,500})\|([^\]]{1,2000})\]/g, (_m, text: string, url: string) => (text.trim() === url.trim() ? url : `${text} (${url})`))
      // {{monospaced}}
      .replace(/\{\{([^}]{1,2000})\}\}/g, '`$1`')
  );
}

export function wikiToText(markup: string): string {
  return convertWiki(markup).text;
}

export function convertWiki(markup: string): BoundedText {
  const out: string[] = [];
  const counters: number[] = [];
  let fence: string | null = null;
  let quote = false;
  for (const raw of markup.replace(/\r\n?/g, '\n').split('\n')) {
    if (fence) {
      const end = raw.indexOf(`{${fence}}`);
      if (end < 0) {
        out.push(raw);
        continue;
      }
      if (raw.slice(0, end)) out.push(raw.slice(0, end));
      out.push('```');
      const rest = raw.slice(end + fence.length + 2);
      fence = null;
      if (rest.trim()) out.push(inline(rest));
      continue;
    }
    const open = FENCE_OPEN.exec(raw.trim());
    if (open) {
      const kind = open[1]!;
      const after = open[2] ?? '';
      out.push('```');
      const close = after.indexOf(`{${kind}}`);
      if (close >= 0) {
        if (after.slice(0, close)) out.push(after.slice(0, close));
        out.push('```');
      } else {
        fence = kind;
        if (after) out.push(after);
      }
      continue;
    }
    let line = raw;
    if (line.trim() === '{quote}') {
      quote = !quote;
      continue;
    }
    const heading = /^h[1-6]\.\s+(.*)$/.exec(line);
    if (heading) line = heading[1] ?? '';
    const bullet = /^([*#-]+)\s+(.*)$/.exec(line);
    if (bullet && !/^-{4,}/.test(line)) {
      const marks = bullet[1]!;
      const depth = Math.min(marks.length, MAX_NESTING) - 1;
      counters.length = depth + 1;
      let marker = '- ';
      if (marks.endsWith('#')) {
        counters[depth] = (counters[depth] ?? 0) + 1;
        marker = `${counters[depth]}. `;
      }
      line = `${'  '.repeat(depth)}${marker}${bullet[2] ?? ''}`;
    } else if (line.trim()) {
      counters.length = 0;
    }
    if (line.startsWith('bq. ')) line = `> ${line.slice(4)}`;
    line = inline(line);
    out.push(quote ? (line ? `> ${line}` : '>') : line);
  }
  if (fence) out.push('```');
  return clampText(
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
  );
}
