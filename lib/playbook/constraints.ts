/**
 * Internal notes that limit what may be said to the customer: "don't give Marcus an ETA until the
 * incident commander does", "legal is involved", "do not admit fault", "don't promise credits",
 * "this is confidential". Read from the thread's non-public messages, newest first, each with the
 * sentence that says it.
 */
import type { Constraint, ConstraintKind } from '../model/prompt';
import type { SnapshotMessage } from '../model/snapshot';
import { clip, ownTextEnd, sentences, wordPattern } from './text';

/** Negation words that turn "give an ETA" into a rule ("don't give an ETA"). */
const NOT = "don'?t|do not|dont|never|no|not|avoid|nicht|keine?n?|pas|ne|no|non|niet|geen";

/** Each kind's patterns (any language Keel reads, where cheap), tried in this order. */
const RULES: readonly { kind: ConstraintKind; pattern: RegExp }[] = [
  {
    kind: 'no-eta',
    pattern: wordPattern(
      `(?:${NOT})\\s+(?:\\S+\\s+){0,4}?(?:an?\\s+|any\\s+)?(?:eta|etas|timeline|time ?frame|fix date|due date|resolution date|estimate)` +
        `|no eta|keine eta|kein(?:en)? (?:termin|zeitplan)|pas d'eta|sin eta|sem eta|nessuna eta|geen eta` +
        `|(?:${NOT})\\s+(?:\\S+\\s+){0,3}?(?:commit|promise|give|share)\\s+(?:\\S+\\s+){0,2}?(?:a |any )?(?:date|time)`,
    ),
  },
  {
    kind: 'no-admission',
    pattern: wordPattern(`(?:${NOT})\\s+(?:\\S+\\s+){0,2}?(?:admit|accept|acknowledge|concede)\\s+(?:\\S+\\s+){0,2}?(?:fault|liability|responsibility|blame|negligence)`),
  },
  {
    kind: 'legal',
    pattern: wordPattern(
      `legal(?:\\s+(?:team|department|counsel|dept))?\\s+(?:is|are|has been|have been|'s|got|now)\\s+(?:\\S+\\s+){0,2}?(?:involved|looped in|reviewing|aware|engaged|on it|handling)` +
        `|(?:involve|loop in|looped in|check with|talk to|ask)\\s+legal|legal hold|litigation|lawyers?|attorneys?|counsel` +
        `|rechtsabteilung|anwalt|juristique|avocats?|abogados?|advogados?|avvocat[oi]|advocaat|legal review`,
    ),
  },
  {
    kind: 'no-commitment',
    pattern: wordPattern(`(?:${NOT})\\s+(?:\\S+\\s+){0,2}?(?:promise|commit(?:\\s+to)?|guarantee|offer|agree to)\\s+(?:\\S+\\s+){0,3}?\\S+`),
  },
  {
    kind: 'confidential',
    pattern: wordPattern(
      `(?:${NOT})\\s+(?:\\S+\\s+){0,2}?(?:share|mention|disclose|tell|forward|reveal)\\s+(?:\\S+\\s+){0,4}?\\S+|confidential|internal only|under nda|not (?:yet )?public|vertraulich`,
    ),
  },
];

export function findConstraints(messages: readonly SnapshotMessage[]): Constraint[] {
  const out: Constraint[] = [];
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i]!;
    if (m.public) continue;
    const end = ownTextEnd(m.text);
    const kinds = new Set<ConstraintKind>();
    // Only the rules that match somewhere in the note are tried per sentence (most notes match none):
    // a match inside a sentence is also a match in the whole text, so this skips nothing.
    const own = m.text.slice(0, end);
    const rules = RULES.filter((rule) => {
      rule.pattern.lastIndex = 0;
      return rule.pattern.test(own);
    });
    if (rules.length === 0) continue;
    for (const s of sentences(m.text, 0, end)) {
      const sentence = m.text.slice(s.start, s.end);
      for (const rule of rules) {
        rule.pattern.lastIndex = 0;
        if (kinds.has(rule.kind) || !rule.pattern.test(sentence)) continue;
        kinds.add(rule.kind);
        out.push({ kind: rule.kind, messageId: m.id, at: m.at, author: m.authorName, quote: clip(sentence, 600) });
        // One kind per sentence: "don't give an ETA" is not also "don't promise".
        break;
      }
    }
  }
  return out;
}

/** Whether the notes say legal is involved (the tone check then flags admissions of fault). */
export function legalInvolved(constraints: readonly Constraint[]): boolean {
  return constraints.some((c) => c.kind === 'legal' || c.kind === 'no-admission');
}
