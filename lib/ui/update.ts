/**
 * Updates in the workspace: what each audience's update says now (its draft, else the last one
 * sent plus what changed since, else its template rendered from the fact sheet), what changed
 * since the last one, where audiences are told different things, and sending (copy to the
 * clipboard, or post as an internal note), each sent update stored through the worker.
 */
import { useCallback } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { send } from '../messaging/client';
import type { Audience } from '../model/audience';
import type { CaseRef } from '../model/case-ref';
import type { Escalation } from '../model/escalation';
import type { FactSheetFields } from '../model/factsheet';
import type { CaseSnapshot } from '../model/snapshot';
import type { Update, UpdateBasis, UpdateChannel } from '../model/update';
import { headlineSla } from '../format/sla';
import { claimsOf, findContradictions, type Contradiction, type Fact, type Statement } from '../updates/contradictions';
import { formatMoment, templateContext } from '../updates/context';
import { toHtml, toPlainText } from '../updates/formats';
import type { TemplateContext } from '../updates/placeholders';
import { changesSince, composeNext, type SinceHeading, type UpdateChange } from '../updates/since';
import { renderTemplate, type TemplateProblem } from '../updates/template';
import { caseQuery } from './case-query';
import { audienceLabel, bandLabel, deskLabel, severityLabel, stateLabel } from './labels';
import { etaConfidenceLabel } from './templates';

export const useUpdatesQuery = caseQuery('getUpdates', ['update']);

const refOf = (ref: CaseRef): CaseRef => ({ desk: ref.desk, host: ref.host, ticketId: ref.ticketId });

/** The language updates are worded in (the messages' own). */
export const updateLocale = (): string => t('messagesLocale');

/** The facts an update is written from, now. */
export function basisOf(escalation: Pick<Escalation, 'state' | 'severity'>, facts: FactSheetFields): UpdateBasis {
  return {
    state: escalation.state,
    severity: escalation.severity,
    status: facts.status,
    workaround: facts.workaround,
    etaAt: facts.etaAt,
    etaConfidence: facts.etaConfidence,
    planDone: [],
  };
}

/** Everything a template can say, worded in the user's language. */
export function contextOf(escalation: Escalation, snapshot: CaseSnapshot | null, facts: FactSheetFields, now: Date): TemplateContext {
  const known = (field: 'subject' | 'createdAt' | 'sla') => Boolean(snapshot && !snapshot.unknown?.includes(field));
  return templateContext({
    ticket: {
      number: snapshot?.number ?? escalation.ticketNumber ?? escalation.ticketId,
      subject: (known('subject') ? snapshot?.subject : null) || escalation.title,
      url: escalation.url,
      desk: deskLabel(escalation.desk),
    },
    customer: { name: escalation.customer ?? snapshot?.requester?.organization ?? null, contact: snapshot?.requester?.name ?? null },
    escalation: {
      severity: escalation.severity ? severityLabel(escalation.severity) : '',
      state: stateLabel(escalation.state),
      firstReportedAt: known('createdAt') ? snapshot!.createdAt : escalation.createdAt,
      sla: known('sla') ? (headlineSla(snapshot!.sla, now)?.text ?? '') : '',
      temperature: escalation.temperature ? t('updateTemperature', { band: bandLabel(escalation.temperature.band), score: escalation.temperature.score }) : '',
    },
    facts,
    etaConfidence: facts.etaConfidence ? etaConfidenceLabel(facts.etaConfidence) : '',
    locale: updateLocale(),
  });
}

/** The facts of a basis as a text would state them (for the contradiction check). */
export function claimFacts(basis: UpdateBasis): Record<'eta' | 'severity' | 'state' | 'status' | 'workaround', Fact | null> {
  const text = (value: string) => (value.trim() ? { value, words: [value.trim()] } : null);
  return {
    eta: basis.etaAt ? { value: new Date(basis.etaAt).toISOString(), words: [formatMoment(basis.etaAt, updateLocale())] } : null,
    severity: basis.severity ? { value: basis.severity, words: [severityLabel(basis.severity)] } : null,
    state: basis.state ? { value: basis.state, words: [stateLabel(basis.state)] } : null,
    status: text(basis.status),
    workaround: text(basis.workaround),
  };
}

/** Keel's heading above the changes it lists, split around the time. */
export function sinceHeading(): SinceHeading {
  const [before = '', after = ''] = t('updateSinceHeading', { time: '\u0001' }).split('\u0001');
  return { before, after };
}

const isCustomer = (audience: Audience) => audience === 'customer-technical' || audience === 'customer-executive';
const moment = (iso: string | null) => (iso ? formatMoment(iso, updateLocale()) : t('updateNoEta'));

/** One change as a line of the next update to `audience`. */
export function describeChange(change: UpdateChange, audience: Audience): string {
  switch (change.kind) {
    case 'state':
      return t('updateChangeState', { from: stateLabel(change.from ?? ''), to: stateLabel(change.to ?? '') });
    case 'severity':
      return t('updateChangeSeverity', { from: severityLabel(change.from), to: severityLabel(change.to) });
    case 'status':
      return change.to ? t('updateChangeStatus', { status: change.to }) : t('updateChangeStatusCleared');
    case 'eta': {
      const to = change.to.at ? (change.to.confidence ? t('updateEtaWithConfidence', { eta: moment(change.to.at), confidence: etaConfidenceLabel(change.to.confidence) }) : moment(change.to.at)) : t('updateNoEta');
      return change.from.at ? t('updateChangeEta', { eta: to, before: moment(change.from.at) }) : t('updateChangeEtaNew', { eta: to });
    }
    case 'workaround':
      return change.to ? t('updateChangeWorkaround', { workaround: change.to }) : t('updateChangeWorkaroundGone');
    case 'plan-done':
      return t('updateChangePlanDone', { items: new Intl.ListFormat(updateLocale(), { type: 'conjunction' }).format(change.items.map((i) => i.title)) });
    case 'customer-messages':
      return isCustomer(audience)
        ? t('updateChangeYourMessages')
        : t.plural('updateChangeCustomerMessages', change.count, { time: formatMoment(change.latestAt, updateLocale()) });
  }
}

export interface AudienceUpdate {
  audience: Audience;
  /** What the update says now; null when its template cannot render (see `problems`). */
  text: string | null;
  /** Where the words come from: the user's draft, the last update plus changes, or the template. */
  origin: 'draft' | 'next' | 'template';
  /** The template's problems (only when `origin` is 'template' or the template was asked for). */
  problems: TemplateProblem[];
  /** The template rendered now (to start over from), or null when it cannot render. */
  fromTemplate: string | null;
  /** The facts the words were written from. */
  basis: UpdateBasis;
  lastSent: Update | null;
  sent: Update[];
  changes: UpdateChange[];
  /** The changes as lines of the next update to this audience. */
  changesWorded: string[];
}

export interface UpdatesInput {
  audience: Audience;
  drafts: readonly Update[];
  sent: readonly Update[];
  template: string;
  context: TemplateContext;
  basis: UpdateBasis;
  messages: CaseSnapshot['messages'];
}

/** What the update to one audience says now, and why. */
export function audienceUpdate(input: UpdatesInput): AudienceUpdate {
  const { audience, basis } = input;
  const draft = input.drafts.find((d) => d.audience === audience) ?? null;
  const sent = input.sent.filter((u) => u.audience === audience);
  const lastSent = sent[sent.length - 1] ?? null;
  const rendered = renderTemplate(input.template, input.context);
  const fromTemplate = rendered.ok ? rendered.text : null;
  const problems = rendered.ok ? [] : rendered.problems;
  const changes = lastSent ? changesSince({ last: { sentAt: lastSent.sentAt ?? lastSent.created.at, basis: lastSent.basis }, now: basis, planDone: [], messages: input.messages }) : [];
  const changesWorded = changes.map((c) => describeChange(c, audience));
  const common = { audience, problems, fromTemplate, lastSent, sent, changes, changesWorded };
  if (draft) return { ...common, text: draft.text, origin: 'draft', basis: draft.basis };
  if (lastSent) return { ...common, text: composeNext(lastSent.text, sinceHeading(), sentAtLabel(lastSent), changesWorded), origin: 'next', basis };
  return { ...common, text: fromTemplate, origin: 'template', basis };
}

/**
 * Where audiences are told different things: every draft and every update sent, plus what the
 * update open in the composer says now (a draft not yet typed in).
 */
export function contradictionsOf(drafts: readonly Update[], sent: readonly Update[], open: { audience: Audience; text: string | null; basis: UpdateBasis } | null): Contradiction[] {
  const statement = (u: Pick<Update, 'id' | 'audience' | 'status' | 'sentAt' | 'text' | 'basis'>): Statement => ({
    id: u.id,
    audience: u.audience,
    kind: u.status,
    at: u.sentAt,
    claims: claimsOf(u.text, claimFacts(u.basis)),
  });
  const statements = [...drafts.map(statement), ...sent.map(statement)];
  if (open?.text && !drafts.some((d) => d.audience === open.audience)) {
    statements.push(statement({ id: 'open', audience: open.audience, status: 'draft', sentAt: null, text: open.text, basis: open.basis }));
  }
  return findContradictions(statements);
}

const FIELD_LABELS = {
  eta: 'updateFieldEta',
  severity: 'updateFieldSeverity',
  state: 'updateFieldState',
  status: 'updateFieldStatus',
  workaround: 'updateFieldWorkaround',
} as const;

/** A contradiction in a sentence: "ETA: Customer (technical) was told Fri 14 Mar, 12:00 (sent …); Leadership's draft says Mon 17 Mar, 15:00." */
export function describeContradiction(c: Contradiction): string {
  const side = (s: Contradiction['first']) =>
    s.statement.kind === 'sent'
      ? t('updateToldSent', { audience: audienceLabel(s.statement.audience), words: s.words, time: formatMoment(s.statement.at, updateLocale()) })
      : t('updateToldDraft', { audience: audienceLabel(s.statement.audience), words: s.words });
  return t('updateContradiction', { field: t(FIELD_LABELS[c.field]), first: side(c.first), second: side(c.second) });
}

/** When an update was sent, worded. */
export function sentAtLabel(update: Pick<Update, 'sentAt' | 'created'>): string {
  return formatMoment(update.sentAt ?? update.created.at, updateLocale());
}

const CHANNELS = { copy: 'updateChannelCopy', markdown: 'updateChannelMarkdown', 'internal-note': 'updateChannelNote' } as const;
export const channelLabel = (channel: UpdateChannel | null): string => (channel ? t(CHANNELS[channel]) : '');

/** Saves an audience's draft as typed (see `saveUpdateDraft` in the protocol). */
export async function saveUpdateDraft(ref: CaseRef, audience: Audience, text: string, basis: UpdateBasis, rebuilt: boolean): Promise<SendOutcome> {
  const result = await send('saveUpdateDraft', { ref: refOf(ref), audience, text, basis, rebuilt });
  return result.ok ? { ok: true, update: result.data } : { ok: false, message: result.error.message };
}

export type SendOutcome = { ok: true; update: Update } | { ok: false; message: string };

/** Puts an update on the clipboard: rich text with plain text beside it, or Markdown as written (for chat tools). */
export async function copyToClipboard(text: string, channel: 'copy' | 'markdown'): Promise<void> {
  if (channel === 'markdown') {
    await navigator.clipboard.writeText(text);
    return;
  }
  await navigator.clipboard.write([
    new ClipboardItem({
      'text/html': new Blob([toHtml(text)], { type: 'text/html' }),
      'text/plain': new Blob([toPlainText(text)], { type: 'text/plain' }),
    }),
  ]);
}

export interface UpdateActions {
  /** Copies the update and stores it as sent (nothing is stored when the copy fails). */
  copy: (audience: Audience, text: string, basis: UpdateBasis, channel: 'copy' | 'markdown') => Promise<SendOutcome>;
  /** Posts `noteText` (the update's plain text, as previewed) as an internal note and stores the update as sent when the desk took it. */
  postAsNote: (audience: Audience, text: string, noteText: string, basis: UpdateBasis) => Promise<SendOutcome>;
  discardDraft: (audience: Audience) => Promise<string | null>;
  openOptions: () => void;
}

export function useUpdateActions(ref: CaseRef | null, tabId: number | null): UpdateActions {
  const copy = useCallback(
    async (audience: Audience, text: string, basis: UpdateBasis, channel: 'copy' | 'markdown'): Promise<SendOutcome> => {
      if (!ref) return { ok: false, message: t('noteNoTicket') };
      try {
        await copyToClipboard(text, channel);
      } catch (error) {
        return { ok: false, message: t('updateCopyFailed', { detail: error instanceof Error ? error.message : String(error) }) };
      }
      const result = await send('recordUpdateSent', { ref: refOf(ref), audience, text, basis, channel });
      return result.ok ? { ok: true, update: result.data } : { ok: false, message: t('updateCopiedNotRecorded', { detail: result.error.message }) };
    },
    [ref],
  );
  const postAsNote = useCallback(
    async (audience: Audience, text: string, noteText: string, basis: UpdateBasis): Promise<SendOutcome> => {
      if (!ref) return { ok: false, message: t('noteNoTicket') };
      const result = await send('postUpdateAsNote', { ref: refOf(ref), ...(tabId === null ? {} : { tabId }), audience, text, noteText, basis });
      if (!result.ok) return { ok: false, message: result.error.message };
      if (!result.data.note.ok) return { ok: false, message: result.data.note.failure.message };
      return result.data.update ? { ok: true, update: result.data.update } : { ok: false, message: t('updateNotRecorded') };
    },
    [ref, tabId],
  );
  const discardDraft = useCallback(
    async (audience: Audience) => {
      if (!ref) return null;
      const result = await send('discardUpdateDraft', { ref: refOf(ref), audience });
      return result.ok ? null : result.error.message;
    },
    [ref],
  );
  const openOptions = useCallback(() => void browser.runtime.openOptionsPage(), []);
  return { copy, postAsNote, discardDraft, openOptions };
}
