/**
 * Hides the parts of a message that are not the customer's own words: code blocks, stack traces,
 * log lines, quoted earlier emails ("On … wrote:", "> " lines, "Original Message" blocks) and
 * signatures. "FATAL: process killed" in a pasted log is not the customer shouting.
 *
 * Hidden lines are replaced by spaces and a hidden tail is cut off, so every offset in the result
 * is an offset into the original text and evidence quotes can be sliced from the original.
 */

const LEVELS = 'FATAL|ERROR|ERR|WARN|WARNING|INFO|DEBUG|TRACE|CRITICAL|CRIT|SEVERE|PANIC|NOTICE|ALERT|EMERG';

/** A line that is machine output: log lines, stack frames, shell prompts, exception headers. */
const MACHINE_LINE = /* @__PURE__ */ new RegExp(
  /* @__PURE__ */ [
    String.raw`^\s*\[?\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}`, // 2024-05-01 10:22 / ISO timestamps
    String.raw`^\s*\[?\d{1,2}:\d{2}:\d{2}`, // 10:22:01 …
    String.raw`^\s*[A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2}`, // syslog "May  1 10:22:01"
    String.raw`^\s*(?:\[(?:${LEVELS})\]|(?:${LEVELS})(?::|\s+[-|[]|\s{2}))`, // "[ERROR] …", "FATAL: …"
    String.raw`^\s+at [\w$.<>\[\]/:-]+`, // Java / JS stack frames
    String.raw`^\s*File "[^"]*", line \d+`, // Python frames
    String.raw`^\s*(?:Traceback \(most recent call last\)|Caused by:|Exception in thread|Stack ?trace:)`,
    String.raw`^\s*(?:[a-z_$][\w$]*\.)*[A-Z][\w$]*(?:Error|Exception)\b`, // TypeError: …, java.io.IOException
    String.raw`^\s*(?:level|time|ts|msg|severity)=\S`, // logfmt
    String.raw`^\s*[$#] \S`, // shell prompt
    String.raw`^(?:\t| {4})`, // indented code
    String.raw`^\s*>`, // quoted reply line
    String.raw`^\s*Sent from my \w+`,
    // "Gesendet von meinem iPhone", "Enviado desde mi iPhone", "Envoyé de mon iPhone", "Inviato da iPhone"…
    String.raw`^\s*(?:Gesendet von|Von meinem|Enviado desde|Enviado do|Envoyé de|Inviato da|Verzonden (?:vanaf|met))\s.{0,40}$`,
  ].join('|'),
);

/** A line after which the rest of the message is an earlier email or a signature. */
const REST_IS_QUOTE = /* @__PURE__ */ new RegExp(
  /* @__PURE__ */ [
    String.raw`^\s*On .{0,200}(?:wrote|said):\s*$`,
    String.raw`^\s*(?:Le|Am|El|Il|Em|Op) .{0,200}(?:a écrit|schrieb(?: .{0,100})?|escribió|ha scritto|escreveu|schreef(?: .{0,100})?)\s?:\s*$`,
    String.raw`^\s*-{2,}\s*(?:Original Message|Forwarded message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Messaggio originale|Mensagem original|Oorspronkelijk bericht)`,
    String.raw`^\s*From: .+`,
    // The header of an earlier e-mail in another language: "Von:", "De :", "Da:", "Van:" and an address or name.
    String.raw`^\s*(?:Von|De|Da|Van)\s?: .{0,200}(?:@|<)`,
    String.raw`^\s*_{10,}\s*$`,
    String.raw`^--\s?$`,
    String.raw`^\s*#{2}- Please type your reply above this line`,
  ].join('|'),
);

const WROTE_END = /(?:wrote|said|a écrit|schrieb|escribió|ha scritto|escreveu)\s?:\s*$/;

/** Returns `text` with non-customer parts blanked; the same string when nothing is hidden. */
export function filterText(text: string): string {
  let out: string[] | null = null;
  let kept = 0; // text[0, kept) is already in `out`
  let fenced = false;
  let lineStart = 0;
  const n = text.length;
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    const line = text.slice(lineStart, lineEnd);
    let hide = false;
    let hideRest = false;
    if (line.trimStart().startsWith('```')) {
      hide = true;
      fenced = !fenced;
    } else if (fenced) hide = true;
    else if (REST_IS_QUOTE.test(line)) hideRest = true;
    else if (line.startsWith('On ') && lineEnd < n && WROTE_END.test(nextLine(text, lineEnd + 1))) hideRest = true;
    else if (MACHINE_LINE.test(line)) hide = true;
    if (hideRest) {
      // Everything from here on is hidden: cutting it off keeps every earlier offset valid.
      if (!out) return text.slice(0, lineStart);
      out.push(text.slice(kept, lineStart));
      return out.join('');
    }
    if (hide) {
      out ??= [];
      out.push(text.slice(kept, lineStart), ' '.repeat(lineEnd - lineStart));
      kept = lineEnd;
    } else if (line.includes('`')) {
      const masked = maskInlineCode(line);
      if (masked !== line) {
        out ??= [];
        out.push(text.slice(kept, lineStart), masked);
        kept = lineEnd;
      }
    }
    lineStart = lineEnd + 1;
  }
  if (!out) return text;
  out.push(text.slice(kept));
  return out.join('');
}

function nextLine(text: string, from: number): string {
  const end = text.indexOf('\n', from);
  return text.slice(from, end < 0 ? text.length : end);
}

/** `inline code` spans become spaces; an unpaired backtick is left alone. */
function maskInlineCode(line: string): string {
  let result = '';
  let from = 0;
  for (;;) {
    const open = line.indexOf('`', from);
    if (open < 0) break;
    const close = line.indexOf('`', open + 1);
    if (close < 0) break;
    result += line.slice(from, open) + ' '.repeat(close - open + 1);
    from = close + 1;
  }
  return from === 0 ? line : result + line.slice(from);
}
