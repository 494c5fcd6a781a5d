/**
 * The playbook: which signal in a ticket leads to which de-escalation prompt, what the prompt says
 * and what it offers to do, plus the jargon list the tone check flags. Shipped defaults are
 * messages (lib/playbook/defaults.ts, worded in the user's language); a playbook the user edited
 * in Options or imported from a file is data, kept in the settings under `playbook`.
 *
 * The file format is this schema as JSON (`format: "keel-playbook"`, `version: 1`). Every text
 * may use the fill-ins of `PLAYBOOK_FILLS` as `{{name}}`; an unknown one is refused with its field
 * and position, so a sent message never carries a blank.
 */
import { z } from 'zod/mini';
import { AudienceSchema } from './audience';

/** What Keel notices in a ticket that a prompt can answer. */
export const SIGNALS = [
  'legal-threat',
  'churn-threat',
  'public-exposure',
  'manager-request',
  'broken-promise',
  'sla-risk',
  'agent-silent',
  'update-chase',
  'recurrence',
] as const;
export type Signal = (typeof SIGNALS)[number];
export const SignalSchema = z.enum(SIGNALS);

/**
 * Who a prompt asks to bring in. The plan domain's stakeholder roles (issue 9) plus the two a
 * de-escalation needs that a plan may not list: legal and the social/comms owner.
 */
export const STAKEHOLDER_ROLES = ['account-owner', 'executive-sponsor', 'incident-lead', 'csm', 'engineering-owner', 'legal', 'comms'] as const;
export type StakeholderRole = (typeof STAKEHOLDER_ROLES)[number];

/** Fill-ins a playbook text may use, each filled from the ticket when the prompt is shown. */
export const PLAYBOOK_FILLS = ['customer', 'organization', 'agent', 'time', 'count'] as const;
export type PlaybookFill = (typeof PLAYBOOK_FILLS)[number];

export interface TemplateProblem {
  /** Offset of the problem in the text. */
  at: number;
  /** `unknown`: a fill-in Keel does not know; `unclosed`: `{{` without `}}`. */
  kind: 'unknown' | 'unclosed';
  name: string;
}

/** The problems of a playbook text's `{{fill-ins}}` (empty: fine). Pure. */
export function templateProblems(text: string): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf('{{', from);
    if (open < 0) return problems;
    const close = text.indexOf('}}', open + 2);
    if (close < 0) {
      problems.push({ at: open, kind: 'unclosed', name: text.slice(open, open + 20) });
      return problems;
    }
    const name = text.slice(open + 2, close).trim();
    if (!(PLAYBOOK_FILLS as readonly string[]).includes(name)) problems.push({ at: open, kind: 'unknown', name });
    from = close + 2;
  }
}

/** Words for a template problem, used in validation messages (English: zod messages are data). */
function describeProblem(p: TemplateProblem): string {
  return p.kind === 'unclosed'
    ? `"{{" at character ${p.at + 1} is never closed with "}}"`
    : `unknown fill-in {{${p.name}}} at character ${p.at + 1} (known: ${PLAYBOOK_FILLS.map((f) => `{{${f}}}`).join(', ')})`;
}

/*#__NO_SIDE_EFFECTS__*/
function templateText(max: number, min = 0) {
  return z.string().check(
    z.minLength(min),
    z.maxLength(max),
    z.superRefine((text, ctx) => {
      for (const problem of templateProblems(text)) ctx.addIssue({ code: 'custom', message: describeProblem(problem) });
    }),
  );
}

const Minutes = z.int().check(z.gte(5), z.lte(60 * 24 * 30));

export const PromptActionTemplateSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('addStakeholder'), role: z.enum(STAKEHOLDER_ROLES) }),
  z.strictObject({ kind: z.literal('setCadence'), audience: AudienceSchema, everyMinutes: Minutes }),
  z.strictObject({ kind: z.literal('addPromise'), text: templateText(300, 1), inMinutes: Minutes }),
]);
export type PromptActionTemplate = z.infer<typeof PromptActionTemplateSchema>;
export type PromptActionKind = PromptActionTemplate['kind'];
export const PROMPT_ACTION_KINDS = ['addStakeholder', 'setCadence', 'addPromise'] as const satisfies readonly PromptActionKind[];

export const PlaybookRuleSchema = z.strictObject({
  /** Stable id: what done and dismissed are recorded against. */
  id: z.string().check(z.minLength(1), z.maxLength(60), z.regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes')),
  signal: SignalSchema,
  enabled: z.boolean(),
  /** What to do, in a line. */
  title: templateText(200, 1),
  /** What to do, in more words (may be empty). */
  advice: templateText(1000),
  /** Phrases the user can insert into a reply. */
  say: z.array(templateText(2000, 1)).check(z.maxLength(10)),
  /** One-click actions. */
  actions: z.array(PromptActionTemplateSchema).check(z.maxLength(5)),
  /** The time the prompt commits to, from now (`{{time}}`), in minutes. */
  minutes: Minutes,
});
export type PlaybookRule = z.infer<typeof PlaybookRuleSchema>;

export const JargonEntrySchema = z.strictObject({
  /** The word as it is written; `#` stands for digits ("INC-#" matches "INC-2291"). */
  term: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
  /** Plain words to use instead; empty: explain it in plain words. */
  plain: z._default(z.string().check(z.maxLength(120)), ''),
});
export type JargonEntry = z.infer<typeof JargonEntrySchema>;

export const PLAYBOOK_FORMAT = 'keel-playbook';

export const PlaybookSchema = z.strictObject({
  format: z.literal(PLAYBOOK_FORMAT),
  version: z.literal(1),
  rules: z.array(PlaybookRuleSchema).check(
    z.maxLength(50),
    z.superRefine((rules, ctx) => {
      const seen = new Set<string>();
      rules.forEach((rule, i) => {
        if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `the id "${rule.id}" is used by two rules` });
        seen.add(rule.id);
      });
    }),
  ),
  jargon: z.array(JargonEntrySchema).check(z.maxLength(500)),
});
export type Playbook = z.infer<typeof PlaybookSchema>;

/** A playbook file read: the playbook, or every problem naming its field ("rules.0.say.1: …"). */
export type PlaybookFileResult = { ok: true; playbook: Playbook } | { ok: false; problems: string[] };

/**
 * Reads a playbook file's text (an export, or a file the user wrote). Pure; the messages are
 * English like zod's, each naming the failing field so the user can find it in the file.
 */
export function parsePlaybookFile(text: string): PlaybookFileResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const parsed = PlaybookSchema.safeParse(value);
  if (parsed.success) return { ok: true, playbook: parsed.data };
  return { ok: false, problems: parsed.error.issues.slice(0, 10).map((issue) => `${issue.path.length ? issue.path.join('.') : '(file)'}: ${issue.message}`) };
}

/** The playbook as a file's text (what export writes and import reads back). */
export function playbookFileText(playbook: Playbook): string {
  return `${JSON.stringify(playbook, null, 2)}\n`;
}
