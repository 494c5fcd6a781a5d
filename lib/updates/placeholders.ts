/**
 * The placeholders an update template may use, `{{ group.field }}` as Zendesk and Jira users
 * write them. Every value is already worded (a severity as "Sev 1", a time as "Fri 14 Mar,
 * 15:00 CET"): templates place words, they do not compute. A name outside this table is an
 * error when the template is edited, never a blank in a sent update.
 */
export const PLACEHOLDERS = {
  ticket: ['number', 'subject', 'url', 'desk'],
  customer: ['name', 'contact'],
  escalation: ['severity', 'state', 'first_reported', 'sla', 'temperature'],
  facts: ['summary', 'impact', 'status', 'done', 'next', 'workaround', 'eta', 'eta_confidence', 'risks', 'asks', 'next_update'],
} as const;

export type PlaceholderGroup = keyof typeof PLACEHOLDERS;
export type PlaceholderField<G extends PlaceholderGroup> = (typeof PLACEHOLDERS)[G][number];

/** What a template renders from: every placeholder, each a string (empty when unknown or not written yet). */
export type TemplateContext = { [G in PlaceholderGroup]: Record<PlaceholderField<G>, string> };

/** Every placeholder as it is written in a template ("facts.eta"). */
export const PLACEHOLDER_NAMES: readonly string[] = (Object.keys(PLACEHOLDERS) as PlaceholderGroup[]).flatMap((group) =>
  PLACEHOLDERS[group].map((field) => `${group}.${field}`),
);

/** Properties Liquid gives every value that a template may read after a placeholder (`{{ facts.done.size }}`). */
export const VALUE_PROPERTIES: readonly string[] = ['size'];

export function isPlaceholder(group: string, field: string): boolean {
  return Object.hasOwn(PLACEHOLDERS, group) && (PLACEHOLDERS[group as PlaceholderGroup] as readonly string[]).includes(field);
}

/** A context with every placeholder empty (tests, and a start for builders). */
export function emptyContext(): TemplateContext {
  return Object.fromEntries(
    (Object.keys(PLACEHOLDERS) as PlaceholderGroup[]).map((group) => [group, Object.fromEntries(PLACEHOLDERS[group].map((field) => [field, '']))]),
  ) as TemplateContext;
}
