/**
 * The playbook in Options: the one in force (the user's, else the shipped one worded in the
 * user's language), its file text, and the editor's unsaved text — kept in `storage.local` as it
 * is typed (under `playbookEditing`, apart from the settings), so closing the page loses nothing.
 */
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t, type MessageKey } from '../i18n';
import { playbookFileText, type Playbook } from '../model/playbook';
import { defaultPlaybook } from '../playbook';

const EDITING_KEY = 'playbookEditing';

/** The shipped playbook, in the user's language. */
export const shippedPlaybook = (): Playbook => defaultPlaybook((key) => t(key as MessageKey));

/** The playbook in force for `stored` (the settings' `playbook`). */
export const playbookInForce = (stored: Playbook | undefined): Playbook => stored ?? shippedPlaybook();

export { playbookFileText };

export interface PlaybookEditing {
  /** The unsaved text (null: none; the editor shows the playbook in force). Undefined until read. */
  text: string | null | undefined;
  setText(text: string | null): void;
}

export function usePlaybookEditing(): PlaybookEditing {
  const [text, setLocal] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void browser.storage.local.get(EDITING_KEY).then(
      (items) => live && setLocal(typeof items[EDITING_KEY] === 'string' ? (items[EDITING_KEY] as string) : null),
      () => live && setLocal(null),
    );
    return () => {
      live = false;
    };
  }, []);
  const setText = useCallback((next: string | null) => {
    setLocal(next);
    void (next === null ? browser.storage.local.remove(EDITING_KEY) : browser.storage.local.set({ [EDITING_KEY]: next }));
  }, []);
  return { text, setText };
}
