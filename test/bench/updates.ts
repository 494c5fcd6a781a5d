/**
 * Updates engine: rendering one escalation's update for all five audiences with the shipped
 * templates (issue 8 budget: ≤ 5 ms), once the templates are parsed and checked (each later
 * update) and the first time in a fresh
 * worker or panel (engine start, parse, static check, render), right after the templates were
 * edited (parse + check + render, engine warm), and the same with the three forms
 * an update goes out in (rich text, plain text, Markdown). Run alone with `npx tsx test/bench/updates.ts`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { AUDIENCES, type Audience } from '../../lib/model/audience';
import { renderTemplate, templateContext, updateForms, type TemplateContext } from '../../lib/updates/index';

type Messages = Record<string, { message: string }>;
const MESSAGES = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8')) as Messages;

const TEMPLATE_KEYS: Record<Audience, string> = {
  'customer-technical': 'updateTemplateCustomerTechnical',
  'customer-executive': 'updateTemplateCustomerExecutive',
  leadership: 'updateTemplateLeadership',
  engineering: 'updateTemplateEngineering',
  'internal-note': 'updateTemplateInternalNote',
};

function message(key: string): string {
  const m = MESSAGES[key];
  if (!m) throw new Error(`messages.json has no ${key}`);
  return m.message;
}

/** A full fact sheet: every section of every template is rendered. */
function context(now: Date): TemplateContext {
  const hours = (h: number) => new Date(now.getTime() + h * 3_600_000).toISOString();
  return templateContext({
    ticket: { number: '4821', subject: message('templatesSampleSubject'), url: 'https://example.zendesk.com/agent/tickets/4821', desk: 'Zendesk' },
    customer: { name: message('templatesSampleCustomer'), contact: message('templatesSampleContact') },
    escalation: { severity: 'Sev 1', state: 'active', firstReportedAt: hours(-5), sla: message('templatesSampleSla'), temperature: 'hot 78' },
    facts: {
      summary: message('templatesSampleSummary'),
      impact: message('templatesSampleImpact'),
      status: message('templatesSampleStatus'),
      done: message('templatesSampleDone'),
      next: message('templatesSampleNext'),
      workaround: message('templatesSampleWorkaround'),
      risks: message('templatesSampleRisks'),
      asks: message('templatesSampleAsks'),
      etaAt: hours(20),
      etaConfidence: 'medium',
      nextUpdateAt: hours(2),
    },
    etaConfidence: 'medium',
    locale: 'en-GB',
    timeZone: 'Europe/Oslo',
  });
}

function renderAll(sources: readonly string[], ctx: TemplateContext, forms: boolean): number {
  let chars = 0;
  for (const source of sources) {
    const result = renderTemplate(source, ctx);
    if (!result.ok) throw new Error(`a shipped template does not render: ${JSON.stringify(result.problems)}`);
    chars += forms ? updateForms(result.text).html.length : result.text.length;
  }
  return chars;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function benchUpdates(): Promise<Record<string, number>> {
  const sources = AUDIENCES.map((a) => message(TEMPLATE_KEYS[a]));
  const ctx = context(new Date('2026-03-12T09:00:00Z'));
  let t0 = performance.now();
  renderAll(sources, ctx, false);
  const first = performance.now() - t0;
  // Templates not seen before (an edit in Options), with the engine already warm: a trailing space makes them new to the cache.
  const edited = sources.map((s) => `${s} `);
  t0 = performance.now();
  renderAll(edited, ctx, false);
  const edit = performance.now() - t0;
  const runs = (forms: boolean) => {
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      t0 = performance.now();
      renderAll(sources, ctx, forms);
      times.push(performance.now() - t0);
    }
    return median(times);
  };
  runs(false);
  runs(true);
  return {
    'render all five audiences (median ms)': runs(false),
    'render all five audiences, first time (ms)': first,
    'render all five audiences, templates just edited (ms)': edit,
    'render all five audiences with their three forms (median ms)': runs(true),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  void benchUpdates().then((result) => {
    for (const [k, v] of Object.entries(result)) console.log(`${k.padEnd(62)} ${v.toFixed(3)}`);
  });
}
