/** Meetings in the workspace: the recurring call, meetings and their notes, a note line as an action item, the agenda as text. */
import { useMemo } from 'react';
import { t } from '../i18n';
import { send } from '../messaging/client';
import type { RequestOf } from '../messaging/protocol';
import type { CaseRef } from '../model/case-ref';
import type { Agenda } from '../model/meeting';
import type { PlanItem } from '../model/plan';
import type { Risk } from '../model/risk';
import { clockTime } from '../format/time';
import { caseQuery } from './case-query';
import { planStatusLabel, riskLevelLabel } from './labels';
import { plainRef, useOutcome, type Outcome } from './record-actions';

export const useMeetings = caseQuery('getMeetings', ['meeting']);

export type CallPatch = NonNullable<RequestOf<'setMeetingCall'>['call']>;
export type MeetingPatch = RequestOf<'updateMeeting'>['patch'];

export interface MeetingActions {
  error: string | null;
  setCall: (call: CallPatch | null) => Promise<Outcome>;
  start: () => Promise<Outcome>;
  update: (id: string, patch: MeetingPatch) => Promise<Outcome>;
  remove: (id: string) => Promise<Outcome>;
  toAction: (meetingId: string, line: string) => Promise<Outcome>;
}

export function useMeetingActions(ref: CaseRef | null): MeetingActions {
  const [error, run] = useOutcome();
  const key = ref ? `${ref.desk}|${ref.host}|${ref.ticketId}` : null;
  return useMemo(
    () => ({
      error,
      setCall: (call) => (ref ? run(send('setMeetingCall', { ref: plainRef(ref), call })) : Promise.resolve(null)),
      start: () => (ref ? run(send('addMeeting', { ref: plainRef(ref) })) : Promise.resolve(null)),
      update: (id, patch) => run(send('updateMeeting', { id, patch })),
      remove: (id) => run(send('removeMeeting', { id })),
      toAction: (meetingId, line) => run(send('convertMeetingNote', { meetingId, line })),
    }),
    [error, run, key], // eslint-disable-line react-hooks/exhaustive-deps
  );
}

type AgendaItem = Pick<PlanItem, 'title' | 'ownerPerson' | 'ownerTeam' | 'dueAt' | 'status'>;
type AgendaRisk = Pick<Risk, 'risk' | 'owner' | 'likelihood' | 'impact'>;

/** Who owns an item, as one phrase ("Sam (Database team)"); empty when nobody does. */
export function ownerText(item: Pick<PlanItem, 'ownerPerson' | 'ownerTeam'>): string {
  const person = item.ownerPerson.trim();
  const team = item.ownerTeam.trim();
  return person && team ? t('planOwnerBoth', { person, team }) : person || team;
}

function itemLine(item: AgendaItem): string {
  const parts = [item.title.trim() || t('timelineBlank')];
  const owner = ownerText(item);
  if (owner) parts.push(owner);
  if (item.dueAt) parts.push(t('agendaDue', { time: clockTime(item.dueAt) }));
  if (item.status !== 'open') parts.push(planStatusLabel(item.status));
  return parts.join(' — ');
}

function riskLine(risk: AgendaRisk): string {
  const parts = [risk.risk.trim() || t('timelineBlank'), t('agendaRiskRating', { likelihood: riskLevelLabel(risk.likelihood), impact: riskLevelLabel(risk.impact) })];
  if (risk.owner.trim()) parts.push(risk.owner.trim());
  return parts.join(' — ');
}

/** The agenda as plain text to paste into an invitation or a chat (headings, then "- " lines). */
export function agendaText(agenda: Agenda, title: string): string {
  const blocks: string[] = [title];
  const block = (heading: string, lines: string[]) => {
    if (lines.length) blocks.push(`${heading}\n${lines.map((l) => `- ${l}`).join('\n')}`);
  };
  block(t('agendaOverdue'), agenda.overdue.map(itemLine));
  block(t('agendaOpen'), agenda.open.map(itemLine));
  block(t('agendaRisks'), agenda.risks.map(riskLine));
  block(t('agendaObjectives'), agenda.objectives.map((o) => o.title.trim() || t('timelineBlank')));
  if (blocks.length === 1) blocks.push(t('agendaEmpty'));
  return blocks.join('\n\n');
}
