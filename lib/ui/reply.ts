/**
 * The reply composer's draft, per ticket: one store shared by every section of the workspace (the
 * composer shows it; a prompt's "Add to reply" appends to it), loaded once from the worker and
 * saved on every change — each keystroke is one save, so closing the panel mid-word keeps the
 * word. Saves carry an increasing `rev`, so a late one never overwrites a newer one.
 */
import { useCallback, useEffect } from 'react';
import { create } from 'zustand';
import { t, type MessageKey } from '../i18n';
import { send } from '../messaging/client';
import { caseKey, type CaseRef } from '../model/case-ref';
import type { ToneRuleId } from '../playbook';

interface DraftEntry {
  text: string;
  /** false until the stored draft has been read. */
  loaded: boolean;
  /** Why the last save failed (null: saved). */
  error: string | null;
}

interface DraftStore {
  drafts: Record<string, DraftEntry>;
  patch(key: string, change: Partial<DraftEntry>): void;
}

const useStore = create<DraftStore>((set) => ({
  drafts: {},
  patch: (key, change) => set((s) => ({ drafts: { ...s.drafts, [key]: { ...(s.drafts[key] ?? { text: '', loaded: false, error: null }), ...change } } })),
}));

const EMPTY: DraftEntry = { text: '', loaded: false, error: null };
const plainRef = (ref: CaseRef): CaseRef => ({ desk: ref.desk, host: ref.host, ticketId: ref.ticketId });

let counter = 0;
/** Increasing across saves of this page, and above any earlier page's (time first). */
function nextRev(): number {
  counter = (counter + 1) % 1000;
  return Date.now() * 1000 + counter;
}

const loading = new Map<string, Promise<void>>();

/** Reads the stored draft once per page (again after a failure). */
function load(ref: CaseRef): Promise<void> {
  const key = caseKey(ref);
  if (useStore.getState().drafts[key]?.loaded) return Promise.resolve();
  let pending = loading.get(key);
  if (!pending) {
    pending = send('getReplyDraft', { ref: plainRef(ref) }).then((result) => {
      loading.delete(key);
      // Not read: stay unloaded (the composer stays read-only, so nothing typed can overwrite the stored draft).
      if (!result.ok) return useStore.getState().patch(key, { error: result.error.message });
      useStore.getState().patch(key, { loaded: true, error: null, text: result.data?.text ?? '' });
    });
    loading.set(key, pending);
  }
  return pending;
}

/** Sets the draft's text and saves it. */
export function setDraftText(ref: CaseRef, text: string): void {
  const key = caseKey(ref);
  useStore.getState().patch(key, { text });
  void send('saveReplyDraft', { ref: plainRef(ref), text, rev: nextRev() }).then((result) => {
    useStore.getState().patch(key, { error: result.ok ? null : t('draftNotSaved', { reason: result.error.message }) });
  });
}

/** Appends a phrase to the draft (a prompt's "Add to reply"), as its own paragraph; false when the draft could not be read. */
export async function addToDraft(ref: CaseRef, phrase: string): Promise<boolean> {
  await load(ref);
  const entry = useStore.getState().drafts[caseKey(ref)];
  if (!entry?.loaded) return false;
  const current = entry.text;
  setDraftText(ref, current.trim() ? `${current.replace(/\s+$/, '')}\n\n${phrase}` : phrase);
  return true;
}

export interface DraftState extends DraftEntry {
  setText(text: string): void;
}

export function useDraft(ref: CaseRef): DraftState {
  const key = caseKey(ref);
  const entry = useStore((s) => s.drafts[key]) ?? EMPTY;
  useEffect(() => {
    void load(ref);
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps
  const setText = useCallback((text: string) => setDraftText(ref, text), [key]); // eslint-disable-line react-hooks/exhaustive-deps
  return { ...entry, setText };
}

export type DeskDraftOutcome = { ok: true; found: boolean; text: string } | { ok: false; message: string };

/** Reads the reply being written in the desk's reply box (the user's click). */
export async function readDeskDraft(ref: CaseRef, tabId: number | null): Promise<DeskDraftOutcome> {
  const result = await send('readDeskDraft', { ref: plainRef(ref), ...(tabId === null ? {} : { tabId }) });
  return result.ok ? { ok: true, found: result.data.found, text: result.data.text } : { ok: false, message: result.error.message };
}

const TONE_WORDS: Record<ToneRuleId, MessageKey> = {
  eta: 'toneAdviseEta',
  admission: 'toneAdviseAdmission',
  blank: 'toneAdviseBlank',
  recap: 'toneWordsRecap',
  'recap-other': 'toneAdviseRecapOther',
  'should-have': 'toneAdviseShouldHave',
  'need-to': 'toneWordsNeedTo',
  'nothing-to-do': 'toneWordsNothingToDo',
  'calm-down': 'toneWordsCalmDown',
  'cant-help': 'toneWordsCantHelp',
  expected: 'toneAdviseExpected',
  'not-ours': 'toneAdviseNotOurs',
  'dismissal-other': 'toneAdviseDismissalOther',
  'try-to': 'toneAdviseTryTo',
  asap: 'toneWordsAsap',
  hopeful: 'toneAdviseHopeful',
  jargon: 'toneAdviseJargon',
};

/** The words of a tone rule's rewrite or advice, `time` being the next update's ("15:30"). */
export function toneWords(rule: ToneRuleId, time: string): string {
  if (rule === 'asap') return t('toneWordsAsap', { time });
  if (rule === 'hopeful') return t('toneAdviseHopeful', { time });
  // The other messages have no fill-ins.
  return (t as (key: MessageKey) => string)(TONE_WORDS[rule]);
}
