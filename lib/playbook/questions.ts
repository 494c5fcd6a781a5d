/**
 * Unanswered questions: the customer's questions and explicit asks ("I need three things today:
 * an ETA, confirmation that…, and…") that no later public agent reply addressed, each with its
 * words and where they are. An ask is addressed when a later agent reply talks about it (shares
 * its content words: one of a short ask's, two of a longer one's) outside its holding lines; a
 * reply that names it only in a holding line ("I've passed your questions on", "I'm pushing for
 * an ETA") has acknowledged it, not answered it. A request for
 * news ("any update?") is answered by any later agent reply; only the newest unanswered one is
 * listed, with how many times the customer asked.
 *
 * Multilingual where it is cheap: question marks in every script, and the usual ways to ask in
 * the languages the temperature engine reads.
 */
import type { Unanswered } from '../model/prompt';
import type { SnapshotMessage } from '../model/snapshot';
import { clip, overlap, ownTextEnd, sentences, stems, wordPattern, type Span } from './text';

/** Explicit asks: the customer wants someone to do something. */
const ASK = wordPattern(
  [
    // English
    "please (?!find|see|note|ignore|disregard|excuse|forgive)\\p{L}+",
    "(?:can|could|would|will) (?:you|someone|somebody|anyone|your team)",
    "(?:i|we) (?:need|require|expect|want|demand)",
    "(?:i|we)(?:'d| would) (?:like|appreciate|want)",
    "i'd like|we'd like|kindly|have (?:them|him|her|someone) (?:call|contact|email|reach)",
    // German
    "bitte|können sie|könnten sie|konnen sie|konnten sie|ich brauche|wir brauchen|ich möchte|wir möchten|ich erwarte|wir erwarten",
    // French
    "pouvez-vous|pourriez-vous|merci de|veuillez|j'ai besoin|nous avons besoin|je voudrais|nous voudrions",
    // Spanish and Portuguese
    "por favor|¿?puede(?:n)?|¿?podría(?:n)?|necesito|necesitamos|quisiera|me gustaría|preciso|precisamos|gostaria|poderia(?:m)?",
    // Italian and Dutch
    "per favore|potete|potrebbe|ho bisogno|abbiamo bisogno|vorrei|kunt u|kun je|kunnen jullie|graag|ik wil|wij willen|we willen",
  ].join('|'),
);

/** Asks for news rather than for something specific. */
const CHASE = wordPattern(
  [
    'any (?:update|news|progress|eta)s?',
    '(?:is there )?(?:an|any) update',
    'status update',
    'where are we',
    'what is the status',
    "what's the status",
    'gibt es (?:hierzu |dazu )?(?:schon |bereits |inzwischen )?(?:neuigkeiten|etwas neues|einen (?:neuen |aktuellen )?stand)',
    '(?:neuen|aktuellen) stand',
    'neuigkeiten',
    'des nouvelles',
    'du nouveau',
    'alguna novedad',
    'novedades',
    'alguma novidade',
    'novidades',
    'aggiornamenti',
    'novità',
    'nieuws',
    'een update',
  ].join('|'),
);

/** An agent's holding line: names the ask without answering it. */
const HOLDING = wordPattern(
  [
    '(?:passed|pass|passing|forwarded|handed) (?:\\S+ ){0,10}?(?:on|along|over|to)',
    'push(?:ing)? (?:for|to get)',
    'chas(?:e|ing)',
    'look(?:ing)? into',
    'investigat(?:e|ing)',
    'as soon as',
    "(?:will|'ll) (?:get|come) back",
    "(?:don't|do not|dont) (?:yet )?have (?:an?|any|the)",
    'follow(?:ing)? up',
    'escalat(?:ed|ing)',
    'raised (?:it|this|them)',
    'waiting (?:for|on)',
    'check(?:ing)? (?:with|on)',
    "i'll let you know",
    'will let you know',
    'asked (?:for|them|engineering|the team)',
    'working on (?:it|this|that)',
  ].join('|'),
);

/** A list of asks after a colon: "three things today: an ETA, confirmation that …, and …". */
function listItems(text: string, s: Span): Span[] | null {
  const colon = text.indexOf(':', s.start);
  if (colon < 0 || colon >= s.end - 3) return null;
  const items: Span[] = [];
  const re = /\s*(?:,\s*(?:and|und|et|y|e|en)\s+|;\s*(?:and\s+)?|,\s*|\s+(?:and|und|et|y|e|en)\s+)/giu;
  const from = colon + 1;
  const body = text.slice(from, s.end);
  let last = 0;
  for (const m of body.matchAll(re)) {
    items.push({ start: from + last, end: from + m.index });
    last = m.index + m[0].length;
  }
  items.push({ start: from + last, end: from + body.length });
  const trimmed = items
    .map((it) => {
      let { start, end } = it;
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /[\s.!?]/.test(text[end - 1]!)) end--;
      return { start, end };
    })
    .filter((it) => it.end - it.start >= 3);
  return trimmed.length >= 2 ? trimmed : null;
}

interface Candidate extends Span {
  message: SnapshotMessage;
  index: number;
  kind: Unanswered['kind'];
  content: Set<string>;
}

/** Where `pattern` matches in `text[0, end)`: its start offsets, ascending (one pass per message, not per sentence). */
function matchStarts(pattern: RegExp, text: string, end: number): number[] {
  const starts: number[] = [];
  pattern.lastIndex = 0;
  for (const m of text.slice(0, end).matchAll(pattern)) starts.push(m.index);
  return starts;
}

/** Whether a match starts inside `s` (`starts` ascending; `from` is a cursor moved along with ascending spans). */
function matchIn(starts: readonly number[], s: Span, cursor: { at: number }): boolean {
  while (cursor.at < starts.length && starts[cursor.at]! < s.start) cursor.at++;
  return cursor.at < starts.length && starts[cursor.at]! < s.end;
}

function candidatesOf(m: SnapshotMessage, index: number): Candidate[] {
  const out: Candidate[] = [];
  const text = m.text;
  const end = ownTextEnd(text);
  const asks = matchStarts(ASK, text, end);
  const cursor = { at: 0 };
  for (const s of sentences(text, 0, end)) {
    const sentence = text.slice(s.start, s.end);
    const question = /[?？]\s*$|^¿/.test(sentence) || /[?？]["”»)]?\s*$/.test(sentence);
    const ask = matchIn(asks, s, cursor);
    if (!question && !ask) continue;
    CHASE.lastIndex = 0;
    if (CHASE.test(sentence) && sentence.length < 120) {
      out.push({ ...s, message: m, index, kind: 'update', content: new Set() });
      continue;
    }
    const items = ask ? listItems(text, s) : null;
    if (items) {
      for (const item of items) out.push({ ...item, message: m, index, kind: 'ask', content: stems(text, item.start, item.end) });
      continue;
    }
    const content = stems(text, s.start, s.end);
    // "Hello?", "Seriously?!": a question with nothing to answer.
    if (content.size === 0) continue;
    out.push({ ...s, message: m, index, kind: question ? 'question' : 'ask', content });
  }
  return out;
}

/** What a reply talks about: in sentences that answer, and in holding lines. */
interface ReplyWords {
  answers: Set<string>;
  holding: Set<string>;
}

function replyWords(m: SnapshotMessage): ReplyWords {
  const text = m.text;
  const words: ReplyWords = { answers: new Set(), holding: new Set() };
  const end = ownTextEnd(text);
  const holding = matchStarts(HOLDING, text, end);
  const cursor = { at: 0 };
  for (const s of sentences(text, 0, end)) {
    const into = matchIn(holding, s, cursor) ? words.holding : words.answers;
    for (const stem of stems(text, s.start, s.end)) into.add(stem);
  }
  return words;
}

/** Oldest first, as the thread is. `messages` is the snapshot's thread (internal notes included). */
export function unansweredQuestions(messages: readonly SnapshotMessage[]): Unanswered[] {
  const isCustomer = (m: SnapshotMessage) => m.authorRole === 'customer' && m.public;
  const isReply = (m: SnapshotMessage) => m.authorRole === 'agent' && m.public;
  const lastReply = (() => {
    for (let i = messages.length - 1; i >= 0; i--) if (isReply(messages[i]!)) return i;
    return -1;
  })();
  const replies = new Map<number, ReplyWords>();
  const replyAt = (i: number) => {
    let r = replies.get(i);
    if (!r) replies.set(i, (r = replyWords(messages[i]!)));
    return r;
  };

  const out: Unanswered[] = [];
  let chases = 0;
  let newestChase: Unanswered | null = null;
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i]!;
    if (!isCustomer(m)) continue;
    for (const c of candidatesOf(m, i)) {
      if (c.kind === 'update') {
        chases++;
        if (i > lastReply) newestChase = entry(c, false, 1);
        continue;
      }
      // Most of a short ask's words, two of a longer one's.
      const need = c.content.size >= 3 ? 2 : 1;
      let answered = false;
      let acknowledged = false;
      for (let j = i + 1; j < messages.length && !answered; j++) {
        if (!isReply(messages[j]!)) continue;
        const reply = replyAt(j);
        if (overlap(c.content, reply.answers) >= need) answered = true;
        else if (overlap(c.content, reply.holding) >= need) acknowledged = true;
      }
      if (!answered) out.push(entry(c, acknowledged, 1));
    }
  }
  if (newestChase) out.push({ ...newestChase, times: chases });
  return out;
}

function entry(c: Candidate, acknowledged: boolean, times: number): Unanswered {
  return {
    messageId: c.message.id,
    at: c.message.at,
    kind: c.kind,
    quote: clip(c.message.text.slice(c.start, c.end), 600),
    start: c.start,
    end: c.end,
    acknowledged,
    times,
  };
}
