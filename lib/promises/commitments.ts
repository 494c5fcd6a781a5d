/**
 * Which sentences of an agent's message commit to something: first-person future with an action
 * the customer waits for ("I'll update you", "we will get back to you", "I'm going to call"), an
 * expected delivery ("fix expected Friday", "the patch is scheduled for Monday"), or a stated next
 * update ("next update at 15:00", "you'll hear from us by noon"). Not commitments: hedges with no
 * action ("we promise to do our best", "we'll try"), what the customer is asked to do ("let me
 * know by Friday"), questions, negations, and quoted earlier mail. English only for now.
 */

/** Sentences and lines of a message, without quoted mail (">" lines and what follows "On … wrote:"). */
export function sentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const quoted = /^(?:On .{4,200} wrote:|-{2,} ?Original Message ?-{2,}|From: .+)$/im.exec(text);
  const body = quoted ? text.slice(0, quoted.index) : text;
  let offset = 0;
  for (const line of body.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (/^\s*>/.test(line)) continue;
    // A sentence ends at . ! ? followed by a space (not inside "3.30" or "e.g.").
    const re = /[^.!?]+(?:[.!?]+(?=\s|$)|$)/g;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const raw = m[0];
      const trimmed = raw.trim();
      if (trimmed.length < 4) continue;
      out.push({ text: trimmed, start: lineStart + m.index + raw.indexOf(trimmed) });
    }
  }
  return mergeAbbreviations(out);
}

/** "p.m." and "a.m." end no sentence: glue the pieces back together. */
function mergeAbbreviations(list: { text: string; start: number }[]): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  for (const s of list) {
    const prev = out[out.length - 1];
    if (prev && /\b(?:[ap]\.m|e\.g|i\.e|approx|ca|vs)\.$/i.test(prev.text)) prev.text = `${prev.text} ${s.text}`;
    else out.push({ ...s });
  }
  return out;
}

const SUBJECT = String.raw`\b(?:i|we|our (?:team|engineers?|engineering(?: team)?|developers?)|the team|engineering|someone(?: from (?:our|the) team)?)`;
const WILL = String.raw`(?:'ll|’ll| will| shall|'m going to|’m going to| am going to|'re going to|’re going to| are going to)`;
const ACTION = String.raw`(?:update|get back|come back|circle back|report back|call|ring|phone|send|share|follow up|reach out|let you know|keep you (?:updated|posted|informed)|be in touch|email|e-mail|write|provide|confirm|deliver|have (?:an?|the|more|news|it|this|that|something)|give you|check(?: back)? in|revert|contact|post|publish|deploy|ship|release|roll out|fix|patch|resolve|restore)`;

const PROMISE_PATTERNS: readonly RegExp[] = [
  // "I'll update you by 3pm", "we will get back to you within 24 hours", "I'm going to call you tomorrow".
  new RegExp(`${SUBJECT}${WILL}\\s+(?:(?:also|then|now|personally|definitely|certainly|be able to|aim to|make sure to|try and|get|be sure to)\\s+)?(?:\\w+\\s+){0,2}?${ACTION}\\b`, 'i'),
  // "you'll hear from us by noon", "you will receive an update within 2 hours".
  /\byou(?:'ll|’ll| will| should)\s+(?:hear (?:back )?from (?:us|me)|receive|get|have)\b/i,
  // "next update at 15:00", "the next update will be at 3pm", "expect an update within the hour".
  /\bnext (?:update|status update|call|check-in)\b/i,
  /\bexpect (?:an? (?:update|fix|answer|reply|call|response)|to hear from us|our (?:update|reply|answer))\b/i,
  // "fix expected Friday", "the patch is scheduled for Monday", "ETA is 5pm", "a hotfix should be out by Thursday".
  /\b(?:fix|patch|hotfix|release|resolution|deploy(?:ment)?|workaround|update|rollout|root[- ]cause (?:analysis|report)|rca)\b[^.!?]{0,40}?\b(?:expected|scheduled|planned|due|targeted|set)\b/i,
  /\b(?:fix|patch|hotfix|release|resolution|deploy(?:ment)?|workaround|rollout)\b[^.!?]{0,30}?\bshould (?:be (?:out|ready|live|available|deployed|released|in place)|land|ship)\b/i,
  /\bETA\b[^.!?]{0,10}?\b(?:is|of|for|:)/i,
];

/** Sentences that look like a commitment but are not one. */
const NOT_PROMISES: readonly RegExp[] = [
  // Hedges: an effort, not a deliverable ("we promise to do our best", "I'll try").
  /\b(?:do|doing) (?:my|our) (?:very )?best\b/i,
  new RegExp(`${SUBJECT}${WILL}\\s+(?:try|see|see if|think about|consider)\\b`, 'i'),
  // Negations: "I won't be able to", "we will not have an ETA", "we can't promise".
  /\b(?:won't|won’t|will not|cannot|can't|can’t|unable to|not able to)\b/i,
  /\b(?:no|don't have an?|do not have an?) ETA\b/i,
  // Asking the customer: "let me know by Friday", "please send … by Monday", "could you update us".
  /^(?:please|kindly|could you|can you|would you|let (?:me|us) know)\b/i,
  // Past and reported: "I said I would update you", "as I promised".
  /\b(?:i|we) (?:said|promised|told you)\b/i,
];

/** A sentence's clauses: "I don't have an ETA yet, but I'll come back to you" is a negation and a promise. */
function clauses(sentence: string): string[] {
  return sentence.split(/\s*(?:;|,?\s+but\s+|,\s+(?:and|so)\s+)\s*/i).filter((c) => c.trim().length > 0);
}

/** The clause of a sentence that commits the agent (or the team) to something, or null. */
export function commitmentIn(sentence: string): string | null {
  const s = sentence.trim();
  if (s.endsWith('?')) return null;
  for (const clause of clauses(s)) {
    if (PROMISE_PATTERNS.some((re) => re.test(clause)) && !NOT_PROMISES.some((re) => re.test(clause))) return clause;
  }
  return null;
}
