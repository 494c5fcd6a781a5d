/**
 * What Keel says in a polite live region when something changes on its own (issue 12): a new
 * temperature reading that moved the band or the score, a read that failed. Words only, without
 * relative times (those change every tick); the components decide when.
 */
import { useState } from 'react';
import { t } from '../i18n';
import type { Desk } from '../model/case-ref';
import type { ReadState } from '../model/read';
import type { TemperatureReading } from '../model/temperature';
import { describeFailure } from './failure';
import { bandLabel } from './labels';

type Reading = Pick<TemperatureReading, 'id' | 'caseKey' | 'band' | 'score' | 'reasons'>;

/**
 * "Temperature rose to Critical 98: new Churn threat" — or null when the new reading is another
 * ticket's, the same reading, or moved neither the band nor the rounded score.
 */
export function temperatureAnnouncement(before: Reading | null, after: Reading | null): string | null {
  if (!before || !after || before.id === after.id || before.caseKey !== after.caseKey) return null;
  const from = Math.round(before.score);
  const to = Math.round(after.score);
  if (from === to && before.band === after.band) return null;
  const params = { band: bandLabel(after.band), score: to };
  const summary = to >= from ? t('tempAnnounceRose', params) : t('tempAnnounceFell', params);
  const known = new Set(before.reasons.map((r) => r.code));
  const added = to > from ? after.reasons.find((r) => !known.has(r.code)) : undefined;
  return added ? t('tempAnnounceNew', { summary, reason: added.text }) : summary;
}

/** A failed read in words ("Signed out of Zendesk: …"), null for any other read. */
export function readAnnouncement(read: ReadState | null, desk?: Desk | null): string | null {
  if (read?.status !== 'failed') return null;
  return read.failure ? describeFailure(read.failure, desk) : t('readFailed');
}

/**
 * What to say about the latest reading: set when a new reading moves the band or score, kept
 * until the next one does (the first reading shown says nothing).
 */
export function useTemperatureAnnouncement(latest: Reading | null): string {
  const [state, setState] = useState<{ seen: Reading | null; said: string }>({ seen: latest, said: '' });
  if ((latest?.id ?? null) !== (state.seen?.id ?? null)) setState({ seen: latest, said: temperatureAnnouncement(state.seen, latest) ?? state.said });
  return state.said;
}
