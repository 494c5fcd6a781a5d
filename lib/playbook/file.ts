/**
 * The team file: the de-escalation playbook and the audience update templates in one JSON file a
 * team lead exports and hands to the team (`{"kind":"keel-playbook","version":1, rules, jargon,
 * templates}`). Reading one validates everything before anything is used: JSON, kind, version,
 * every rule (signal, fill-ins, actions) and every template (Liquid, strict placeholders), each
 * problem naming its field. A file exported before templates joined it (`format: "keel-playbook"`,
 * the playbook alone) still reads, and leaves the templates as they are. Pure.
 */
import { z } from 'zod/mini';
import { AUDIENCES, AudienceSchema, type Audience } from '../model/audience';
import { JargonEntrySchema, PLAYBOOK_FORMAT, PlaybookSchema, type Playbook, type PlaybookRule } from '../model/playbook';
import { checkTemplate, TEMPLATE_MAX_LENGTH, type TemplateProblem } from '../updates/template';

export const TEAM_FILE_KIND = 'keel-playbook';
export const TEAM_FILE_VERSION = 1;
/** Larger than any real playbook with five templates by far; a larger file is refused unread. */
export const TEAM_FILE_MAX_BYTES = 512 * 1024;

export type Templates = Partial<Record<Audience, string>>;

export interface TeamFile {
  playbook: Playbook;
  /** Templates the file sets, by audience; an audience it leaves out keeps the one in use. */
  templates: Templates;
}

/** What is wrong with a file, for a message that names it. */
export type TeamFileProblem =
  | { kind: 'too-large'; bytes: number; max: number }
  | { kind: 'not-json'; detail: string }
  | { kind: 'wrong-kind'; found: string }
  | { kind: 'wrong-version'; found: string }
  | { kind: 'field'; path: string; detail: string }
  | { kind: 'template'; audience: Audience; problem: TemplateProblem };

export type TeamFileRead = { ok: true; file: TeamFile } | { ok: false; problems: TeamFileProblem[] };

const MAX_PROBLEMS = 10;

const TeamFileSchema = z.strictObject({
  kind: z.literal(TEAM_FILE_KIND),
  version: z.literal(TEAM_FILE_VERSION),
  exportedAt: z.optional(z.string().check(z.maxLength(40))),
  rules: PlaybookSchema.shape.rules,
  jargon: z.array(JargonEntrySchema).check(z.maxLength(500)),
  templates: z._default(z.partialRecord(AudienceSchema, z.string().check(z.maxLength(TEMPLATE_MAX_LENGTH))), {}),
});

/** The file's text for a playbook and the templates in use (every audience's, so the file is complete). */
export function teamFileText(playbook: Playbook, templates: Record<Audience, string>, exportedAt: string): string {
  const file = { kind: TEAM_FILE_KIND, version: TEAM_FILE_VERSION, exportedAt, rules: playbook.rules, jargon: playbook.jargon, templates };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const describe = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)).slice(0, 60);

function fieldProblems(error: z.core.$ZodError): TeamFileProblem[] {
  return error.issues.map((issue) => ({ kind: 'field', path: issue.path.length ? issue.path.join('.') : '(file)', detail: issue.message }));
}

/** Reads a team file's text (`bytes`: the file's size, when known before reading it). Pure. */
export function readTeamFile(text: string, bytes = text.length): TeamFileRead {
  const size = Math.max(bytes, text.length);
  if (size > TEAM_FILE_MAX_BYTES) return { ok: false, problems: [{ kind: 'too-large', bytes: size, max: TEAM_FILE_MAX_BYTES }] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ kind: 'not-json', detail: error instanceof Error ? error.message : String(error) }] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problems: [{ kind: 'wrong-kind', found: describe(value) }] };
  const record = value as Record<string, unknown>;

  // The playbook alone, as exported before templates joined the file.
  if (!('kind' in record) && record.format === PLAYBOOK_FORMAT) {
    const legacy = PlaybookSchema.safeParse(record);
    if (!legacy.success) return { ok: false, problems: fieldProblems(legacy.error).slice(0, MAX_PROBLEMS) };
    return { ok: true, file: { playbook: legacy.data, templates: {} } };
  }
  if (record.kind !== TEAM_FILE_KIND) return { ok: false, problems: [{ kind: 'wrong-kind', found: describe(record.kind ?? null) }] };
  if (record.version !== TEAM_FILE_VERSION) return { ok: false, problems: [{ kind: 'wrong-version', found: describe(record.version ?? null) }] };

  const parsed = TeamFileSchema.safeParse(record);
  const problems: TeamFileProblem[] = parsed.success ? [] : fieldProblems(parsed.error);
  const templates: Templates = parsed.success ? parsed.data.templates : {};
  for (const audience of AUDIENCES) {
    const source = templates[audience];
    if (source === undefined) continue;
    for (const problem of checkTemplate(source)) problems.push({ kind: 'template', audience, problem });
  }
  if (!parsed.success || problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  return { ok: true, file: { playbook: { format: PLAYBOOK_FORMAT, version: 1, rules: parsed.data.rules, jargon: parsed.data.jargon }, templates } };
}

/** One difference an import would make. */
export type TeamFileChange =
  | { kind: 'rule-added'; id: string; title: string }
  | { kind: 'rule-removed'; id: string; title: string }
  | { kind: 'rule-changed'; id: string; title: string; fields: string[] }
  | { kind: 'rules-reordered' }
  | { kind: 'jargon'; added: number; removed: number }
  | { kind: 'template'; audience: Audience };

type RuleField = keyof PlaybookRule;
const RULE_FIELDS: readonly RuleField[] = ['signal', 'enabled', 'title', 'advice', 'say', 'actions', 'minutes'];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What importing `incoming` changes against what is in use (`templates`: every audience's
 * template in use). Empty: the file changes nothing. Pure.
 */
export function teamFileChanges(current: { playbook: Playbook; templates: Record<Audience, string> }, incoming: TeamFile): TeamFileChange[] {
  const changes: TeamFileChange[] = [];
  const before = new Map(current.playbook.rules.map((r) => [r.id, r]));
  const after = new Map(incoming.playbook.rules.map((r) => [r.id, r]));
  for (const rule of incoming.playbook.rules) {
    const old = before.get(rule.id);
    if (!old) changes.push({ kind: 'rule-added', id: rule.id, title: rule.title });
    else {
      const fields = RULE_FIELDS.filter((f) => !same(old[f], rule[f]));
      if (fields.length) changes.push({ kind: 'rule-changed', id: rule.id, title: rule.title, fields });
    }
  }
  for (const rule of current.playbook.rules) if (!after.has(rule.id)) changes.push({ kind: 'rule-removed', id: rule.id, title: rule.title });
  const kept = (rules: Playbook['rules'], other: Map<string, unknown>) => rules.filter((r) => other.has(r.id)).map((r) => r.id);
  if (!same(kept(current.playbook.rules, after), kept(incoming.playbook.rules, before))) changes.push({ kind: 'rules-reordered' });
  const key = (j: Playbook['jargon'][number]) => `${j.term}\u0000${j.plain}`;
  const oldJargon = new Set(current.playbook.jargon.map(key));
  const newJargon = new Set(incoming.playbook.jargon.map(key));
  const added = [...newJargon].filter((k) => !oldJargon.has(k)).length;
  const removed = [...oldJargon].filter((k) => !newJargon.has(k)).length;
  if (added || removed) changes.push({ kind: 'jargon', added, removed });
  for (const audience of AUDIENCES) {
    const source = incoming.templates[audience];
    if (source !== undefined && source !== current.templates[audience]) changes.push({ kind: 'template', audience });
  }
  return changes;
}
