/**
 * A form field whose text is a draft: saved through the worker as it is typed (lib/ui/autosave),
 * shown again when the panel reopens, cleared when what it holds has been added.
 *
 *     const title = useDraft(ticket, 'plan.item.title');
 *     <input value={title.text} onChange={(e) => title.setText(e.target.value)} onBlur={title.flush} />
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { send } from '../messaging/client';
import type { Result } from '../messaging/envelope';
import type { ResponseOf } from '../messaging/protocol';
import { earlyRead } from './case-query';
import { PANEL_DRAFTS, type EarlyReads } from './panel-prefetch';
import { caseKey, type CaseRef } from '../model/case-ref';
import { cancelSave, flushSave, scheduleSave } from './autosave';

/** The drafts of each ticket this page has loaded, kept in step with what it saved. */
const loaded = new Map<string, Promise<Record<string, string>>>();
/** The same drafts once they have arrived (the same objects): a field mounted then shows its draft from its first render. */
const arrived = new Map<string, Record<string, string>>();

/**
 * The drafts' answer the side panel's prefetch brought with its reads, when it is
 * about this ticket and came; else asked for now.
 */
function askDrafts(ref: CaseRef, early: EarlyReads | undefined): Promise<Result<ResponseOf<'getDrafts'>>> {
  const plain = { desk: ref.desk, host: ref.host, ticketId: ref.ticketId };
  const taken = early && earlyRead(early, ref, PANEL_DRAFTS);
  return taken ? taken.then((answered) => (answered.ok ? answered : send('getDrafts', { ref: plain }))) : send('getDrafts', { ref: plain });
}

function draftsOf(ref: CaseRef, early?: EarlyReads): Promise<Record<string, string>> {
  const key = caseKey(ref);
  let drafts = loaded.get(key);
  if (!drafts) {
    drafts = askDrafts(ref, early).then((r) => {
      if (!r.ok) {
        loaded.delete(key); // ask again next time
        return {};
      }
      const kept = { ...r.data.drafts };
      arrived.set(key, kept);
      return kept;
    });
    loaded.set(key, drafts);
  }
  return drafts;
}

/**
 * Reads the ticket's drafts now: the side panel asks as soon as it knows the ticket, and renders
 * once they are in, so its fields show their drafts from the first render. (Read by the fields
 * themselves, the drafts arrived after the first render, and every section holding a field, the
 * plan's 50 rows and the timeline's 100 with them, rendered again.)
 */
export function warmDrafts(ref: CaseRef, early?: EarlyReads): Promise<void> {
  return draftsOf(ref, early).then(() => undefined);
}

/** Forget what this page loaded (tests). */
export function forgetDrafts(): void {
  loaded.clear();
  arrived.clear();
}

interface FieldState {
  saveKey: string;
  text: string;
  ready: boolean;
}

/** A field's state before it has read anything: its draft when the ticket's drafts are in already. */
function startOf(key: string | null, saveKey: string, slot: string): FieldState {
  const drafts = key ? arrived.get(key) : undefined;
  return drafts ? { saveKey, text: drafts[slot] ?? '', ready: true } : { saveKey, text: '', ready: false };
}

export interface DraftField {
  text: string;
  /** False until the stored draft has been read (the field may show it then). */
  ready: boolean;
  setText: (text: string) => void;
  /** Saves now what is pending (on blur). */
  flush: () => void;
  /** Empties the field and its stored draft (after its text was added). */
  clear: () => void;
  /** The last save's failure, in words; the text stays in the field. */
  error: string | null;
}

export function useDraft(ref: CaseRef | null, slot: string): DraftField {
  const key = ref ? caseKey(ref) : null;
  const saveKey = `draft|${key}|${slot}`;
  // The field's state belongs to one ticket and slot: another one starts afresh.
  const [state, setState] = useState(() => startOf(key, saveKey, slot));
  const current = state.saveKey === saveKey ? state : startOf(key, saveKey, slot);
  if (current !== state) setState(current);
  const touched = useRef<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!ref) return;
    let gone = false;
    void draftsOf(ref).then((drafts) => {
      if (gone) return;
      // Typed before the stored draft arrived: what was typed wins. A field that started with its
      // draft (already in) keeps its state, and does not render again.
      setState((s) => {
        if (s.saveKey !== saveKey) return s;
        const text = touched.current === saveKey ? s.text : (drafts[slot] ?? '');
        return s.ready && s.text === text ? s : { saveKey, text, ready: true };
      });
    });
    return () => {
      gone = true;
    };
  }, [saveKey]); // eslint-disable-line react-hooks/exhaustive-deps

  const save = useCallback(
    (value: string) => {
      if (!ref) return;
      const request = { ref: { desk: ref.desk, host: ref.host, ticketId: ref.ticketId }, slot, text: value };
      void draftsOf(ref).then((drafts) => {
        if (value) drafts[slot] = value;
        else delete drafts[slot];
      });
      void send('saveDraft', request).then((r) => setError(r.ok ? null : r.error.message));
    },
    [key, slot], // eslint-disable-line react-hooks/exhaustive-deps
  );

  const setText = useCallback(
    (value: string) => {
      touched.current = saveKey;
      setState((s) => ({ ...s, saveKey, text: value }));
      scheduleSave(saveKey, () => save(value));
    },
    [saveKey, save],
  );
  const flush = useCallback(() => flushSave(saveKey), [saveKey]);
  const clear = useCallback(() => {
    cancelSave(saveKey);
    setState((s) => ({ ...s, text: '' }));
    save('');
  }, [saveKey, save]);

  return { text: current.text, ready: current.ready, setText, flush, clear, error };
}
