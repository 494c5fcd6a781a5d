/**
 * Tone check of an outgoing reply: findings at the words (offsets into the draft), each with a
 * suggested rewrite — blame and defensiveness, dismissals, jargon and internal names (the
 * playbook's list), hedges that promise nothing, blanks left to fill, and what the internal notes
 * forbid (an ETA when they say not to give one, an admission of fault when legal is involved) —
 * and what a good update has: acknowledgement of impact, ownership, a concrete next step and
 * the time of the next update. It never changes the text: a finding's `replacement` is applied
 * only when the user clicks it. Pure; the words of rewrites come from the caller (i18n).
 */
import type { JargonEntry } from '../model/playbook';
import { wordPattern, type Span } from './text';

export const TONE_KINDS = ['constraint', 'blame', 'dismissal', 'hedge', 'jargon', 'blank'] as const;
export type ToneKind = (typeof TONE_KINDS)[number];

export const TONE_RULE_IDS = [
  'eta',
  'admission',
  'blank',
  'recap',
  'recap-other',
  'should-have',
  'need-to',
  'nothing-to-do',
  'calm-down',
  'cant-help',
  'expected',
  'not-ours',
  'dismissal-other',
  'try-to',
  'asap',
  'hopeful',
  'jargon',
] as const;
export type ToneRuleId = (typeof TONE_RULE_IDS)[number];

interface Rule {
  id: Exclude<ToneRuleId, 'jargon'>;
  kind: ToneKind;
  pattern: RegExp;
  /** `replace`: the rewrite stands in for the words; `remove`: the words go; `advise`: a suggestion to reword by hand. */
  fix: 'replace' | 'remove' | 'advise';
  /** Only with this option on. */
  when?: 'noEta' | 'legal';
}

const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri';
const TIME = `(?:\\d+ (?:min(?:ute)?s?|hours?|hrs?|days?|business days?)|\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm|h|uhr)?|noon|midday|midnight|eod|cob|end of (?:the )?(?:day|week|business)|today|tonight|tomorrow(?: morning| afternoon| evening)?|${DAYS}|next week)`;

/** In this order: where two findings overlap, the earlier rule's wins. */
const RULES: readonly Rule[] = [
  { id: 'eta', kind: 'constraint', when: 'noEta', fix: 'advise', pattern: wordPattern(`eta|estimated time of (?:resolution|arrival)|(?:fix(?:ed)?|resolv(?:e|ed)|restor(?:e|ed)|back (?:up|online)|working again|deployed|available|live)[^.!?\\n]{0,40}?(?:by|before|within|in|on|at|until) ${TIME}`) },
  { id: 'admission', kind: 'constraint', when: 'legal', fix: 'advise', pattern: wordPattern(`(?:our|my) (?:fault|mistake|error|negligence)|we(?:'re| are| were) (?:at fault|responsible for (?:this|the outage|the loss)|to blame|liable)|we (?:messed|screwed) up|(?:admit|accept) (?:fault|liability|responsibility)`) },
  { id: 'blank', kind: 'blank', fix: 'advise', pattern: /\[[^\]\n]{1,60}\]|\{\{[^}\n]{0,40}\}\}/gu },
  { id: 'recap', kind: 'blame', fix: 'replace', pattern: wordPattern(`(?:as|like) (?:i|we) (?:said|mentioned|explained|stated|told you|wrote|noted)(?: (?:before|previously|earlier|already|above))?,?|(?:as )?per my (?:last|previous|earlier|prior) (?:e-?mail|message|reply|note|response),?|as (?:previously|already) (?:stated|mentioned|explained|advised|communicated|discussed),?`) },
  { id: 'recap-other', kind: 'blame', fix: 'advise', pattern: wordPattern(`wie (?:bereits |schon )?(?:gesagt|erwähnt|erklärt|mitgeteilt)|comme (?:je l'ai |déjà )(?:dit|mentionné|expliqué)|como (?:ya )?(?:le |te )?(?:dije|mencioné|expliqué)|como já (?:disse|mencionei)|come (?:già )?(?:detto|spiegato)|zoals (?:eerder |al )?(?:gezegd|vermeld)`) },
  { id: 'should-have', kind: 'blame', fix: 'advise', pattern: wordPattern(`you (?:should|could|would|ought to) have|you (?:failed|neglected|forgot|didn't bother) to|(?:your|user|customer) (?:fault|error|mistake)`) },
  { id: 'need-to', kind: 'blame', fix: 'replace', pattern: wordPattern(`you (?:need|have|must) to`) },
  { id: 'nothing-to-do', kind: 'dismissal', fix: 'replace', pattern: wordPattern(`(?:unfortunately,? )?there(?:'s| is) nothing (?:(?:more|else) )?(?:we|i) can do(?: (?:about|for) (?:it|this|that|you))?`) },
  { id: 'calm-down', kind: 'dismissal', fix: 'replace', pattern: wordPattern(`(?:please )?(?:calm down|relax|be patient|don't panic)`) },
  { id: 'cant-help', kind: 'dismissal', fix: 'replace', pattern: wordPattern(`(?:i|we) (?:can't|cannot|can not|are unable to|am unable to) help(?: you)?(?: with (?:this|that|it))?`) },
  { id: 'expected', kind: 'dismissal', fix: 'advise', pattern: wordPattern(`(?:that|this|it)(?:'s| is) (?:the )?(?:expected|intended|normal|correct) behaviou?r|works? as (?:designed|intended|expected)|(?:this|that|it) is by design|(?:this|that|it)(?:'s| is) not a bug`) },
  { id: 'not-ours', kind: 'dismissal', fix: 'advise', pattern: wordPattern(`not (?:our|my) (?:problem|fault|responsibility|department|area)|(?:out of|outside(?: of)?) (?:our |my )?scope`) },
  { id: 'dismissal-other', kind: 'dismissal', fix: 'advise', pattern: wordPattern(`beruhigen sie sich|da können wir nichts (?:machen|tun)|calmez-vous|nous ne pouvons rien faire|cálmese|calmese|no (?:podemos|se puede) hacer nada|não podemos fazer nada|si calmi|non possiamo fare nulla|kalm aan|wij kunnen niets doen`) },
  { id: 'try-to', kind: 'hedge', fix: 'remove', pattern: /(?<=(?:\bwe|\bI)(?:['’]ll| will) )try to /giu },
  { id: 'asap', kind: 'hedge', fix: 'replace', pattern: wordPattern(`as soon as (?:possible|we can|i can|we are able|i am able)|asap|at some point|in due course|sometime soon|in the near future|shortly|(?<!as )soon(?! as)`) },
  { id: 'hopeful', kind: 'hedge', fix: 'advise', pattern: wordPattern(`hopefully|as soon as (?:i|we) (?:hear|know|have|get|find)|(?:we|i) hope (?:this|it|that)|should be (?:fixed|resolved|working|done|back|sorted|ok|fine)(?: soon)?|(?:might|may) be (?:fixed|resolved|working|possible)|(?:do|doing|try) (?:our|my) (?:best|utmost)|best effort`) },
];


export interface ToneFinding extends Span {
  rule: ToneRuleId;
  kind: ToneKind;
  /** The words, as written. */
  text: string;
  /** What to put instead of the words on the user's click; null: reword by hand (see `suggestion`). */
  replacement: string | null;
  /** What to do about it, in words (an example, or the plain words for jargon). */
  suggestion: string;
}

export const CHECK_IDS = ['impact', 'ownership', 'next-step', 'next-update'] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export interface ToneCheckItem {
  id: CheckId;
  /** Where the draft does it; null: missing. */
  found: Span | null;
}

export interface ToneResult {
  findings: ToneFinding[];
  checks: ToneCheckItem[];
}

export interface ToneOptions {
  jargon: readonly JargonEntry[];
  /** An internal note says not to give an ETA. */
  noEta?: boolean;
  /** Legal is involved (a note says so, or the customer threatened legal action). */
  legal?: boolean;
  /** The words of a rule's rewrite or suggestion ("To recap,", "by 15:30"); i18n, from the caller. */
  words?: (rule: ToneRuleId) => string;
}

const CHECKS: Readonly<Record<CheckId, RegExp>> = {
  impact: wordPattern(
    `(?:i|we) (?:understand|know|realise|realize|appreciate|recogni[sz]e|see) (?:how|that|what|the|this)|sorry|apologi[sz]e|apologies|impact(?:ed|ing)?|disrupti(?:on|ve)|affect(?:s|ed|ing)? (?:you|your)|frustrat(?:ing|ion)|verstehe|entschuldig\\p{L}*|désolée?|lo siento|disculp\\p{L}*|sinto muito|mi dispiace|excuses`,
  ),
  ownership: wordPattern(
    `i(?:'m| am) (?:personally |now )?(?:owning|handling|taking|responsible|driving|on it|leading|coordinating)|i(?:'ll| will) (?:personally|own|make sure|keep|stay|be|call|send|update|follow)|(?:my|our) responsibility|i own|take ownership|i(?:'ve| have) (?:taken|asked|escalated|raised|spoken|called|pulled in|brought in)`,
  ),
  'next-step': wordPattern(
    `next steps?|(?:we|i|engineering|the team|our (?:engineers?|team))(?:'re| are| am|'m|'ll| will| is)? (?:now |currently |then )?(?:deploy(?:ing)?|roll(?:ing)? back|restart(?:ing)?|patch(?:ing)?|test(?:ing)?|apply(?:ing)?|investigat(?:e|ing)|monitor(?:ing)?|migrat(?:e|ing)|restor(?:e|ing)|replay(?:ing)?|promot(?:e|ing)|fix(?:ing)?|rebuild(?:ing)?|review(?:ing)?|fail(?:ing)? over)`,
  ),
  'next-update': wordPattern(
    `(?:next update|update you|updating you|(?:hear|hearing) from (?:me|us)|get back to you|come back to you|be in touch|follow up|send (?:you )?(?:an?|the next|another|a further) update|update (?:this|the) (?:ticket|thread))[^.!?\\n]{0,40}?(?:by|at|before|within|in|on|no later than|around) ${TIME}`,
  ),
};

function jargonPattern(entries: readonly JargonEntry[]): { re: RegExp; byTerm: Map<string, JargonEntry> } | null {
  const usable = entries.filter((e) => e.term.trim());
  if (usable.length === 0) return null;
  const byTerm = new Map<string, JargonEntry>();
  const sources = [...usable]
    .sort((a, b) => b.term.trim().length - a.term.trim().length)
    .map((e) => {
      const term = e.term.trim();
      byTerm.set(term.toLowerCase(), e);
      const source = termSource(term);
      // A term written with capitals ("IC", "WAL") is an acronym: it matches as written; others in any case.
      return /\p{Lu}/u.test(term) ? source : caseless(source);
    });
  return { re: wordPattern(sources.join('|'), 'gu'), byTerm };
}

/** A jargon term as a pattern source: literal, with `#` standing for digits. */
function termSource(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/#/g, '\\d+');
}

/** A pattern source with each ASCII letter as `[aA]`, for a case-insensitive part of a case-sensitive pattern. */
function caseless(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (/[a-z]/i.test(c)) out += `[${c.toLowerCase()}${c.toUpperCase()}]`;
    else out += c;
  }
  return out;
}

const jargonCache = new WeakMap<readonly JargonEntry[], ReturnType<typeof jargonPattern>>();

function entryFor(byTerm: Map<string, JargonEntry>, entries: readonly JargonEntry[], text: string): JargonEntry | undefined {
  const exact = byTerm.get(text.toLowerCase());
  if (exact) return exact;
  // A "#" term ("INC-#"): find the entry whose pattern matches.
  return entries.find((e) => e.term.includes('#') && new RegExp(`^${termSource(e.term.trim())}$`, 'i').test(text));
}

function capitalizeLike(original: string, replacement: string): string {
  if (!replacement) return replacement;
  const first = original.charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

/** Checks `text`. Pure. */
export function checkTone(text: string, options: ToneOptions): ToneResult {
  // An empty draft (how the panel opens) has nothing to find: its patterns are compiled when the
  // first word is typed, not during the panel's first render (about 4 ms of it in a CPU profile).
  if (text === '') return { findings: [], checks: CHECK_IDS.map((id) => ({ id, found: null })) };
  const words = options.words ?? ((rule: string) => rule);
  const found: ToneFinding[] = [];
  RULES.forEach((rule) => {
    if (rule.when === 'noEta' && !options.noEta) return;
    if (rule.when === 'legal' && !options.legal) return;
    rule.pattern.lastIndex = 0;
    for (const m of text.matchAll(rule.pattern)) {
      if (m[0].length === 0) continue;
      const suggestion = rule.fix === 'remove' ? '' : words(rule.id);
      found.push({
        rule: rule.id,
        kind: rule.kind,
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        replacement: rule.fix === 'replace' ? capitalizeLike(m[0], suggestion) : rule.fix === 'remove' ? '' : null,
        suggestion: rule.fix === 'remove' ? words('try-to') : suggestion,
      });
    }
  });
  let jargon = jargonCache.get(options.jargon);
  if (jargon === undefined) {
    jargon = jargonPattern(options.jargon);
    jargonCache.set(options.jargon, jargon);
  }
  if (jargon) {
    for (const m of text.matchAll(jargon.re)) {
      const entry = entryFor(jargon.byTerm, options.jargon, m[0]);
      const plain = entry?.plain?.trim() ?? '';
      found.push({ rule: 'jargon', kind: 'jargon', start: m.index, end: m.index + m[0].length, text: m[0], replacement: plain || null, suggestion: plain || words('jargon') });
    }
  }
  // Earlier rules win an overlap; then in the order of the text.
  const order = new Map<ToneRuleId, number>(RULES.map((r, i) => [r.id, i]));
  found.sort((a, b) => (order.get(a.rule) ?? RULES.length) - (order.get(b.rule) ?? RULES.length) || a.start - b.start);
  const kept: ToneFinding[] = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  kept.sort((a, b) => a.start - b.start);

  const checks = CHECK_IDS.map((id): ToneCheckItem => {
    const re = CHECKS[id];
    re.lastIndex = 0;
    const m = re.exec(text);
    return { id, found: m ? { start: m.index, end: m.index + m[0].length } : null };
  });
  return { findings: kept, checks };
}

/** The draft with one finding's replacement applied (what the user's click does). Pure. */
export function applyFinding(text: string, finding: Pick<ToneFinding, 'start' | 'end' | 'text' | 'replacement'>): string {
  if (finding.replacement === null || text.slice(finding.start, finding.end) !== finding.text) return text;
  let after = text.slice(finding.end);
  // Removing words leaves no double space behind.
  if (finding.replacement === '' && text.charAt(finding.start - 1) === ' ' && after.startsWith(' ')) after = after.slice(1);
  return text.slice(0, finding.start) + finding.replacement + after;
}
