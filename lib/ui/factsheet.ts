/** The ticket's fact sheet in the workspace: read it, and save it as it is typed. */
import { useCallback } from 'react';
import { send } from '../messaging/client';
import type { CaseRef } from '../model/case-ref';
import type { FactSheetFields, FactSheetPatch } from '../model/factsheet';
import type { RecordBase } from '../model/record';
import { caseQuery } from './case-query';
import { useTypedSave, type SaveOutcome, type TypedSave } from './typed-save';

// The prefill follows the escalation (its title, the cadence's next due time) until the sheet is stored.
export const useFactSheetQuery = caseQuery('getFactSheet', ['factsheet', 'escalation']);

/** The newest change in a stored record (its stamps); '' for values never stored. */
export function recordVersion(value: object): string {
  const stamps = (value as Partial<RecordBase>).stamps;
  return stamps ? Object.values(stamps).reduce((latest, s) => (s.at > latest ? s.at : latest), '') : '';
}

export interface FactSheetState extends TypedSave<FactSheetFields> {
  /** null: not escalated; undefined: not known yet. */
  escalationId: string | null | undefined;
  loadError: string | null;
  /** True once the user changed something (before that, the values are Keel's pre-fill). */
  stored: boolean;
}

export function useFactSheet(ref: CaseRef | null): FactSheetState {
  const { data, error } = useFactSheetQuery(ref);
  const stored = data ? (data.factSheet ?? data.prefill) : null;
  const save = useCallback(
    async (patch: Partial<FactSheetFields>): Promise<SaveOutcome<FactSheetFields>> => {
      if (!ref) return { ok: false, message: '' };
      const result = await send('saveFactSheet', { ref: { desk: ref.desk, host: ref.host, ticketId: ref.ticketId }, patch: patch as FactSheetPatch });
      return result.ok ? { ok: true, saved: result.data } : { ok: false, message: result.error.message };
    },
    [ref],
  );
  const typed = useTypedSave<FactSheetFields>(stored, save, { version: recordVersion });
  return { ...typed, escalationId: data ? data.escalationId : undefined, loadError: error, stored: Boolean(data?.factSheet) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO time as a `datetime-local` input shows it (in this browser's time zone); '' for none. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** What a `datetime-local` input holds (this browser's time zone) as an ISO time; null for empty or incomplete. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
