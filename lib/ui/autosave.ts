/**
 * Saving as the user types: each field schedules its save under a key; a newer keystroke
 * replaces the pending save, which runs once typing pauses (`AUTOSAVE_DELAY_MS`). Everything
 * pending is saved at once when the field loses focus, and when the page is hidden or closed
 * (the side panel closing, the tab or window going away), so closing mid-word loses nothing:
 * the save is handed to the worker, which stores it whether or not the page is still there.
 */
export const AUTOSAVE_DELAY_MS = 350;

interface Pending {
  timer: ReturnType<typeof setTimeout>;
  run: () => unknown;
}

const pending = new Map<string, Pending>();
let installed = false;

function install(): void {
  if (installed || typeof addEventListener !== 'function') return;
  installed = true;
  addEventListener('pagehide', flushAllSaves);
  if (typeof document !== 'undefined') {
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flushAllSaves();
    });
  }
}

/** Schedules `run` under `key`, replacing what was pending there. */
export function scheduleSave(key: string, run: () => unknown, delay = AUTOSAVE_DELAY_MS): void {
  install();
  const before = pending.get(key);
  if (before) clearTimeout(before.timer);
  const entry: Pending = {
    run,
    timer: setTimeout(() => {
      if (pending.get(key) === entry) pending.delete(key);
      run();
    }, delay),
  };
  pending.set(key, entry);
}

/** Runs the save pending under `key` now (nothing when none is). */
export function flushSave(key: string): void {
  const entry = pending.get(key);
  if (!entry) return;
  clearTimeout(entry.timer);
  pending.delete(key);
  entry.run();
}

/** Drops the save pending under `key` (the text was added or cleared another way). */
export function cancelSave(key: string): void {
  const entry = pending.get(key);
  if (!entry) return;
  clearTimeout(entry.timer);
  pending.delete(key);
}

export function hasPendingSave(key: string): boolean {
  return pending.has(key);
}

/** Runs every pending save now. */
export function flushAllSaves(): void {
  for (const key of [...pending.keys()]) flushSave(key);
}
