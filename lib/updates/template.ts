/**
 * Update templates: Liquid (liquidjs) in strict mode. An unknown variable or filter is an error,
 * found when the template is checked (as the user types it in Options) with its line and column,
 * and again at render time, so a sent update never carries a blank where a placeholder was.
 *
 * What a template may do is narrowed to placing words: no files (`include`, `render`, `layout`,
 * `block` are removed, and the engine has no file system), only own properties of the context,
 * and placeholders exactly as `PLACEHOLDERS` names them. Pure: no browser API, no clock.
 */
import { Liquid, type Template } from 'liquidjs';
import { TEMPLATE_MAX_LENGTH } from '../model/update';
import { PLACEHOLDERS, VALUE_PROPERTIES, isPlaceholder, type PlaceholderGroup, type TemplateContext } from './placeholders';

export { TEMPLATE_MAX_LENGTH };

export type TemplateProblem =
  | { kind: 'unknown-placeholder'; line: number; column: number; name: string }
  | { kind: 'unknown-filter'; line: number; column: number; name: string }
  | { kind: 'unknown-tag'; line: number; column: number; name: string }
  | { kind: 'syntax'; line: number; column: number; detail: string }
  | { kind: 'too-long'; line: number; column: number; max: number };

export type RenderResult = { ok: true; text: string } | { ok: false; problems: TemplateProblem[] };

const REMOVED_TAGS = ['include', 'render', 'layout', 'block'];

/** Lines to a Markdown list: each non-empty line becomes "- line" (a bullet the user typed is kept once). */
export function bullets(value: unknown): string {
  return String(value ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/^(?:[-*•]\s+)/, ''))
    .filter(Boolean)
    .map((line) => `- ${line}`)
    .join('\n');
}

function createEngine(): Liquid {
  const engine = new Liquid({ strictVariables: true, strictFilters: true, ownPropertyOnly: true, templates: {}, cache: false });
  for (const tag of REMOVED_TAGS) delete engine.tags[tag];
  engine.registerFilter('bullets', bullets);
  return engine;
}

let shared: Liquid | null = null;
const engine = () => (shared ??= createEngine());

/** Checked templates by source: a template is parsed and checked once however often it is rendered. */
const checked = new Map<string, { template: Template[] | null; problems: TemplateProblem[] }>();
const CHECKED_KEEP = 50;

interface LiquidFailure {
  message: string;
  token?: { getPosition?: () => [number, number] };
}

function position(error: LiquidFailure): { line: number; column: number } {
  const [line, column] = error.token?.getPosition?.() ?? [1, 1];
  return { line, column };
}

/** A liquidjs error as a problem: the unknown name when it says one, else its own words without the position. */
function problemOf(error: unknown): TemplateProblem {
  const failure = (error ?? {}) as LiquidFailure;
  const where = position(failure);
  const detail = String(failure.message ?? error).replace(/, line:\d+, col:\d+$/, '');
  const filter = /^undefined filter: (.+)$/.exec(detail);
  if (filter) return { kind: 'unknown-filter', ...where, name: filter[1]! };
  const tag = /^tag "(.+)" not found$/.exec(detail);
  if (tag) return { kind: 'unknown-tag', ...where, name: tag[1]! };
  const variable = /^undefined variable: (.+)$/.exec(detail);
  if (variable) return { kind: 'unknown-placeholder', ...where, name: variable[1]! };
  return { kind: 'syntax', ...where, detail };
}

/** A variable as the user wrote it ("facts.eta", "facts[...]"). */
function nameOf(segments: readonly unknown[]): string {
  return segments.map((s, i) => (typeof s === 'string' ? (i === 0 ? s : `.${s}`) : typeof s === 'number' ? `[${s}]` : '[…]')).join('');
}

/** Whether a variable path is a placeholder (or a value property of one, like `.size`). */
function allowed(segments: readonly unknown[]): boolean {
  const [group, field, ...rest] = segments;
  if (typeof group !== 'string' || typeof field !== 'string' || !isPlaceholder(group, field)) return false;
  return rest.length === 0 || (rest.length === 1 && typeof rest[0] === 'string' && VALUE_PROPERTIES.includes(rest[0]));
}

function analyse(source: string): { template: Template[] | null; problems: TemplateProblem[] } {
  if (source.length > TEMPLATE_MAX_LENGTH) return { template: null, problems: [{ kind: 'too-long', line: 1, column: 1, max: TEMPLATE_MAX_LENGTH }] };
  let template: Template[];
  try {
    template = engine().parse(source);
  } catch (error) {
    return { template: null, problems: [problemOf(error)] };
  }
  const problems: TemplateProblem[] = [];
  for (const variables of Object.values(engine().analyzeSync(template).globals)) {
    for (const variable of variables) {
      if (!allowed(variable.segments)) problems.push({ kind: 'unknown-placeholder', line: variable.location.row, column: variable.location.col, name: nameOf(variable.segments) });
    }
  }
  return { template: problems.length ? null : template, problems: problems.sort((a, b) => a.line - b.line || a.column - b.column) };
}

function check(source: string): { template: Template[] | null; problems: TemplateProblem[] } {
  const known = checked.get(source);
  if (known) return known;
  const result = analyse(source);
  if (checked.size >= CHECKED_KEEP) checked.delete(checked.keys().next().value!);
  checked.set(source, result);
  return result;
}

/**
 * Every problem of a template, each with its line and column (1-based), in the order they
 * appear: a syntax error stops the check at that point; otherwise every unknown placeholder is
 * named, including those in branches a given fact sheet would not reach.
 */
export function checkTemplate(source: string): TemplateProblem[] {
  return check(source).problems;
}

/**
 * Blank lines left by sections a template skipped are folded: at most one empty line between
 * paragraphs, no trailing spaces, nothing before the first word or after the last.
 */
export function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Renders a template with a context; any problem (however the template got stored) is returned, never a partial text. */
export function renderTemplate(source: string, context: TemplateContext): RenderResult {
  const { template, problems } = check(source);
  if (!template) return { ok: false, problems };
  try {
    return { ok: true, text: tidy(String(engine().renderSync(template, context))) };
  } catch (error) {
    return { ok: false, problems: [problemOf(error)] };
  }
}

/** The groups, for listing placeholders in an editor. */
export const PLACEHOLDER_GROUPS = Object.keys(PLACEHOLDERS) as PlaceholderGroup[];
