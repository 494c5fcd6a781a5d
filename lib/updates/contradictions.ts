/**
 * The contradiction check: warn when what audiences are told disagrees — the customer told
 * "ETA Friday" while leadership's draft says Monday; a severity, state, status or workaround
 * that differs from one audience to another.
 *
 * Each update (draft or sent) states the facts it was written from (its basis) where its text
 * still shows them: a claim counts only when the words Keel would use for that value are in the
 * text, so an ETA the user deleted from a draft claims nothing. What stands for an audience is
 * the last update sent to it and its draft; a draft and the update it will replace (same
 * audience) are not compared, since replacing is what an update does. Pure.
 */
import type { Audience } from '../model/audience';

export const CLAIM_FIELDS = ['eta', 'severity', 'state', 'status', 'workaround'] as const;
export type ClaimField = (typeof CLAIM_FIELDS)[number];

/** A fact as an update can state it: a comparable value and the words that show it in a text. */
export interface Fact {
  value: string;
  /** Any of these in the text (case and spacing aside) means the text states the value. */
  words: readonly string[];
}

export interface Claim {
  value: string;
  /** The words found in the text. */
  words: string;
}

export interface Statement {
  id: string;
  audience: Audience;
  kind: 'draft' | 'sent';
  /** When it was sent (null for a draft). */
  at: string | null;
  claims: Partial<Record<ClaimField, Claim>>;
}

export interface Contradiction {
  field: ClaimField;
  /** The two statements that disagree, the sent one (or the earlier) first. */
  first: { statement: Statement; words: string };
  second: { statement: Statement; words: string };
}

const normal = (s: string) => s.toLocaleLowerCase().replace(/\s+/g, ' ').trim();

/** The claims a text makes: the facts of its basis whose words it contains. */
export function claimsOf(text: string, facts: Partial<Record<ClaimField, Fact | null>>): Partial<Record<ClaimField, Claim>> {
  const haystack = normal(text);
  const claims: Partial<Record<ClaimField, Claim>> = {};
  for (const field of CLAIM_FIELDS) {
    const fact = facts[field];
    if (!fact || !fact.value.trim()) continue;
    const words = fact.words.find((w) => normal(w) !== '' && haystack.includes(normal(w)));
    if (words !== undefined) claims[field] = { value: fact.value, words };
  }
  return claims;
}

/** What stands: per audience, its latest sent update and its draft. */
function standing(statements: readonly Statement[]): Statement[] {
  const latestSent = new Map<Audience, Statement>();
  const drafts: Statement[] = [];
  for (const s of statements) {
    if (s.kind === 'draft') drafts.push(s);
    else {
      const known = latestSent.get(s.audience);
      if (!known || Date.parse(s.at ?? '') > Date.parse(known.at ?? '')) latestSent.set(s.audience, s);
    }
  }
  return [...latestSent.values(), ...drafts];
}

const order = (s: Statement) => (s.kind === 'sent' ? Date.parse(s.at ?? '') : Number.POSITIVE_INFINITY);

/** Every disagreement between what different audiences are told, field by field. */
export function findContradictions(statements: readonly Statement[]): Contradiction[] {
  const list = standing(statements);
  const found: Contradiction[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [a, b] = order(list[i]!) <= order(list[j]!) ? [list[i]!, list[j]!] : [list[j]!, list[i]!];
      if (a.audience === b.audience) continue;
      for (const field of CLAIM_FIELDS) {
        const x = a.claims[field];
        const y = b.claims[field];
        if (x && y && normal(x.value) !== normal(y.value)) found.push({ field, first: { statement: a, words: x.words }, second: { statement: b, words: y.words } });
      }
    }
  }
  return found;
}
