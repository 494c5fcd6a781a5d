/**
 * Prompts in the workspace: the ticket's guidance (prompts, unanswered questions, constraints),
 * what the user does with a prompt, and the words for what the engine returns as codes.
 */
import { useCallback } from 'react';
import { t, type MessageKey } from '../i18n';
import { send } from '../messaging/client';
import type { CaseRef } from '../model/case-ref';
import type { StakeholderRole } from '../model/playbook';
import type { Constraint, ConstraintKind, Prompt, PromptAction, PromptState } from '../model/prompt';
import { shortDuration } from '../format/time';
import { clockTime } from '../format/time';
import { audienceLabel } from './labels';
import { caseQuery } from './case-query';

/** Re-read when the ticket is read again, its temperature or escalation changes, or a prompt's state does. */
export const useGuidance = caseQuery('getPrompts', ['prompt', 'snapshot', 'temperature', 'escalation', 'promise']);

export type Outcome = { ok: true } | { ok: false; message: string };

const plainRef = (ref: CaseRef): CaseRef => ({ desk: ref.desk, host: ref.host, ticketId: ref.ticketId });

export interface PromptCommands {
  setState(prompt: Pick<Prompt, 'id' | 'fingerprint' | 'title'>, state: PromptState): Promise<Outcome>;
  runAction(promptId: string, action: PromptAction): Promise<Outcome>;
}

export function usePromptCommands(ref: CaseRef | null): PromptCommands {
  const setState = useCallback(
    async (prompt: Pick<Prompt, 'id' | 'fingerprint' | 'title'>, state: PromptState): Promise<Outcome> => {
      if (!ref) return { ok: false, message: t('noteNoTicket') };
      const result = await send('setPromptState', { ref: plainRef(ref), promptId: prompt.id, fingerprint: prompt.fingerprint, state, title: prompt.title.slice(0, 200) });
      return result.ok ? { ok: true } : { ok: false, message: result.error.message };
    },
    [ref],
  );
  const runAction = useCallback(
    async (promptId: string, action: PromptAction): Promise<Outcome> => {
      if (!ref) return { ok: false, message: t('noteNoTicket') };
      const result = await send('runPromptAction', { ref: plainRef(ref), promptId, action });
      return result.ok ? { ok: true } : { ok: false, message: result.error.message };
    },
    [ref],
  );
  return { setState, runAction };
}

/** Scrolls the desk page in `tabId` to a message of its ticket; false when the page cannot. */
export function useShowInPage(tabId: number | null): (message: { id: string; at: string }) => Promise<boolean> {
  return useCallback(
    async (message: { id: string; at: string }) => {
      const result = await send('showMessage', { ...(tabId === null ? {} : { tabId }), messageId: message.id, at: message.at });
      return result.ok && result.data.shown;
    },
    [tabId],
  );
}

/** Puts `text` on the clipboard (a user's click). */
export async function copyText(text: string): Promise<Outcome> {
  try {
    await navigator.clipboard.writeText(text);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Why a prompt is shown, in words (the customer's own words are shown beside it). */
export function promptWhy(prompt: Pick<Prompt, 'signal' | 'facts'>): string {
  const { count, minutes, metric } = prompt.facts;
  switch (prompt.signal) {
    case 'legal-threat':
      return t('promptWhyLegal');
    case 'churn-threat':
      return t('promptWhyChurn');
    case 'public-exposure':
      return t('promptWhyPublic');
    case 'manager-request':
      return t('promptWhyManager');
    case 'broken-promise':
      return t('promptWhyBroken');
    case 'sla-risk':
      if (minutes === undefined || !metric) return t('promptWhySla');
      return minutes >= 0 ? t('promptWhySlaDue', { metric, duration: shortDuration(minutes * 60_000) }) : t('promptWhySlaBreached', { metric, duration: shortDuration(-minutes * 60_000) });
    case 'agent-silent':
      return minutes === undefined ? t('promptWhySilentNoTime') : t('promptWhySilent', { duration: shortDuration(minutes * 60_000) });
    case 'update-chase':
      return t.plural('promptWhyChase', count ?? 2);
    case 'recurrence':
      return count ? t.plural('promptWhyReopened', count) : t('promptWhyRecurrence');
  }
}

const ROLES: Record<StakeholderRole, MessageKey> = {
  'account-owner': 'promptRoleAccountOwner',
  'executive-sponsor': 'promptRoleExecutiveSponsor',
  'incident-lead': 'promptRoleIncidentLead',
  csm: 'promptRoleCsm',
  'engineering-owner': 'promptRoleEngineeringOwner',
  legal: 'promptRoleLegal',
  comms: 'promptRoleComms',
};

export const roleLabel = (role: StakeholderRole): string => t(ROLES[role]);

/** A prompt's one-click action, in words. */
export function actionLabel(action: PromptAction, now: Date): string {
  switch (action.kind) {
    case 'addStakeholder':
      return t('promptActionAddStakeholder', { role: roleLabel(action.role) });
    case 'setCadence':
      return t('promptActionSetCadence', { audience: audienceLabel(action.audience), duration: shortDuration(action.everyMinutes * 60_000) });
    case 'addPromise':
      return t('promptActionAddPromise', { text: action.text, time: dueWords(action.dueAt, now) });
  }
}

function dueWords(iso: string, now: Date): string {
  const d = new Date(iso);
  return d.toDateString() === now.toDateString() ? d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' }) : clockTime(iso);
}

const CONSTRAINTS: Record<ConstraintKind, MessageKey> = {
  'no-eta': 'promptConstraintNoEta',
  legal: 'promptConstraintLegal',
  'no-admission': 'promptConstraintNoAdmission',
  'no-commitment': 'promptConstraintNoCommitment',
  confidential: 'promptConstraintConfidential',
};

export const constraintLabel = (c: Pick<Constraint, 'kind'>): string => t(CONSTRAINTS[c.kind]);
