/**
 * The values a template renders from, built from the fact sheet and what Keel knows about the
 * ticket. Codes arrive already worded (the caller has the labels in the user's language); times
 * are worded here, with the locale and time zone passed in. Pure.
 */
import type { FactSheetFields } from '../model/factsheet';
import type { TemplateContext } from './placeholders';

export interface ContextInput {
  ticket: { number: string; subject: string; url: string; desk: string };
  customer: { name: string | null; contact: string | null };
  escalation: { severity: string; state: string; firstReportedAt: string | null; sla: string; temperature: string };
  facts: FactSheetFields;
  /** The ETA confidence in words ("medium"), empty when none. */
  etaConfidence: string;
  locale: string;
  /** IANA zone times are shown in; the system's when absent. */
  timeZone?: string;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** A moment as updates show it: "Fri 14 Mar, 15:00 CET" (empty for none or an unreadable time). */
export function formatMoment(iso: string | null, locale: string, timeZone?: string): string {
  if (!iso) return '';
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  const key = `${locale}|${timeZone ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', timeZoneName: 'short', ...(timeZone ? { timeZone } : {}) });
    formats.set(key, format);
  }
  return format.format(at);
}

export function templateContext(input: ContextInput): TemplateContext {
  const moment = (iso: string | null) => formatMoment(iso, input.locale, input.timeZone);
  const f = input.facts;
  return {
    ticket: { ...input.ticket },
    customer: { name: input.customer.name ?? '', contact: input.customer.contact ?? '' },
    escalation: {
      severity: input.escalation.severity,
      state: input.escalation.state,
      first_reported: moment(input.escalation.firstReportedAt),
      sla: input.escalation.sla,
      temperature: input.escalation.temperature,
    },
    facts: {
      // Templates end the summary's sentence themselves.
      summary: f.summary.trim().replace(/\.$/, ''),
      impact: f.impact.trim(),
      status: f.status.trim(),
      done: f.done.trim(),
      next: f.next.trim(),
      workaround: f.workaround.trim(),
      eta: moment(f.etaAt),
      eta_confidence: f.etaAt ? input.etaConfidence : '',
      risks: f.risks.trim(),
      asks: f.asks.trim(),
      next_update: moment(f.nextUpdateAt),
    },
  };
}
