/**
 * The shipped playbook. Its words are messages (public/_locales/<lang>/messages.json), so the
 * defaults read in the user's language: each text below is a message key, and
 * `defaultPlaybook(words)` looks them up through the caller's i18n (the engine stays pure). A
 * playbook the user edits or imports is data and keeps the words it was given.
 */
import type { JargonEntry, Playbook, PlaybookRule, PromptActionTemplate } from '../model/playbook';

/** Shipped rules, most pressing first. Their texts (title, advice, say, a promise's text) are message keys. */
export const DEFAULT_RULES: readonly PlaybookRule[] = [
  {
    id: 'legal-threat',
    signal: 'legal-threat',
    enabled: true,
    title: 'playbookLegalTitle',
    advice: 'playbookLegalAdvice',
    say: ['playbookLegalSay1'],
    actions: [{ kind: 'addStakeholder', role: 'legal' }],
    minutes: 120,
  },
  {
    id: 'churn-threat',
    signal: 'churn-threat',
    enabled: true,
    title: 'playbookChurnTitle',
    advice: 'playbookChurnAdvice',
    say: ['playbookChurnSay1', 'playbookChurnSay2'],
    actions: [
      { kind: 'addStakeholder', role: 'account-owner' },
      { kind: 'addStakeholder', role: 'executive-sponsor' },
    ],
    minutes: 240,
  },
  {
    id: 'public-exposure',
    signal: 'public-exposure',
    enabled: true,
    title: 'playbookPublicTitle',
    advice: 'playbookPublicAdvice',
    say: ['playbookPublicSay1'],
    actions: [{ kind: 'addStakeholder', role: 'comms' }],
    minutes: 60,
  },
  {
    id: 'manager-request',
    signal: 'manager-request',
    enabled: true,
    title: 'playbookManagerTitle',
    advice: 'playbookManagerAdvice',
    say: ['playbookManagerSay1'],
    actions: [
      { kind: 'addPromise', text: 'playbookManagerPromise', inMinutes: 60 },
      { kind: 'addStakeholder', role: 'incident-lead' },
    ],
    minutes: 60,
  },
  {
    id: 'broken-promise',
    signal: 'broken-promise',
    enabled: true,
    title: 'playbookBrokenTitle',
    advice: 'playbookBrokenAdvice',
    say: ['playbookBrokenSay1'],
    actions: [{ kind: 'addPromise', text: 'playbookBrokenPromise', inMinutes: 120 }],
    minutes: 120,
  },
  {
    id: 'sla-risk',
    signal: 'sla-risk',
    enabled: true,
    title: 'playbookSlaTitle',
    advice: 'playbookSlaAdvice',
    say: ['playbookSlaSay1'],
    actions: [],
    minutes: 60,
  },
  {
    id: 'agent-silent',
    signal: 'agent-silent',
    enabled: true,
    title: 'playbookSilentTitle',
    advice: 'playbookSilentAdvice',
    say: ['playbookSilentSay1'],
    actions: [{ kind: 'setCadence', audience: 'customer-technical', everyMinutes: 60 }],
    minutes: 60,
  },
  {
    id: 'update-chase',
    signal: 'update-chase',
    enabled: true,
    title: 'playbookChaseTitle',
    advice: 'playbookChaseAdvice',
    say: ['playbookChaseSay1', 'playbookChaseSay2'],
    actions: [
      { kind: 'addPromise', text: 'playbookChasePromise', inMinutes: 60 },
      { kind: 'setCadence', audience: 'customer-technical', everyMinutes: 60 },
    ],
    minutes: 60,
  },
  {
    id: 'recurrence',
    signal: 'recurrence',
    enabled: true,
    title: 'playbookRecurrenceTitle',
    advice: 'playbookRecurrenceAdvice',
    say: ['playbookRecurrenceSay1'],
    actions: [{ kind: 'addPromise', text: 'playbookRecurrencePromise', inMinutes: 5 * 24 * 60 }],
    minutes: 5 * 24 * 60,
  },
];

/**
 * Jargon and internal names customers should not have to decode. Terms are data, not messages:
 * they are what agents write; `plain` words are messages.
 */
export const DEFAULT_JARGON: readonly { term: string; plain: string | null }[] = [
  { term: 'RCA', plain: 'playbookJargonRca' },
  { term: 'repro', plain: 'playbookJargonRepro' },
  { term: 'hotfix', plain: 'playbookJargonHotfix' },
  { term: 'backend', plain: 'playbookJargonBackend' },
  { term: 'prod', plain: 'playbookJargonProd' },
  { term: 'failover', plain: 'playbookJargonFailover' },
  { term: 'WAL', plain: null },
  { term: 'k8s', plain: null },
  { term: 'INC-#', plain: 'playbookJargonIncident' },
  { term: 'SEV1', plain: 'playbookJargonSev' },
  { term: 'SEV2', plain: 'playbookJargonSev' },
  { term: 'P0', plain: 'playbookJargonSev' },
  { term: 'on-call', plain: 'playbookJargonOnCall' },
  { term: 'IC', plain: 'playbookJargonIc' },
  { term: 'RTFM', plain: null },
];

/** Every message key the shipped playbook uses (for the i18n check). */
export function defaultPlaybookKeys(): string[] {
  const keys: string[] = [];
  for (const r of DEFAULT_RULES) {
    keys.push(r.title, r.advice, ...r.say);
    for (const a of r.actions) if (a.kind === 'addPromise') keys.push(a.text);
  }
  for (const j of DEFAULT_JARGON) if (j.plain) keys.push(j.plain);
  return keys;
}

/** The shipped playbook in the user's language; `words(key)` is the caller's i18n lookup. */
export function defaultPlaybook(words: (key: string) => string): Playbook {
  const rules: PlaybookRule[] = DEFAULT_RULES.map((r) => ({
    ...r,
    title: words(r.title),
    advice: words(r.advice),
    say: r.say.map(words),
    actions: r.actions.map((a): PromptActionTemplate => (a.kind === 'addPromise' ? { ...a, text: words(a.text) } : a)),
  }));
  const jargon: JargonEntry[] = DEFAULT_JARGON.map((j) => ({ term: j.term, plain: j.plain ? words(j.plain) : '' }));
  return { format: 'keel-playbook', version: 1, rules, jargon };
}
