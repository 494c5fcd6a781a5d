/**
 * Keel's storage as surfaces show it: the problem in plain words (what happened, what the user can
 * do), kept fresh by `storageChanged`; and, for Options, use, retention and damaged records.
 */
import { useCallback, useEffect, useState } from 'react';
import { t } from '../i18n';
import { send } from '../messaging/client';
import { on } from '../messaging/events';
import type { QuarantineEntry, StorageProblem, StorageStatus } from '../model/storage';

/** What went wrong and what the user can do about it. */
export function describeStorageProblem(problem: StorageProblem): string {
  switch (problem.kind) {
    case 'quota':
      return t('storageProblemQuota');
    case 'newer-version':
      return t('storageNewerVersion', { stored: problem.stored ?? '?', supported: problem.supported });
    case 'unavailable':
      return t('storageProblemUnavailable', { detail: problem.detail });
  }
}

export interface StorageProblemState {
  /** The problem in plain words, or null. */
  text: string | null;
  /** Whether "Try again" makes sense (a full disk, after freeing space). */
  canRetry: boolean;
  busy: boolean;
  tryAgain: () => void;
}

/** The current storage problem (every surface shows it). */
export function useStorageProblem(): StorageProblemState {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    const load = () => void send('getStorageStatus', {}).then((answer) => live && answer.ok && setStatus(answer.data));
    load();
    const stop = on('storageChanged', load);
    return () => {
      live = false;
      stop();
    };
  }, []);

  const tryAgain = useCallback(() => {
    setBusy(true);
    void send('checkStorage', {}).then((answer) => {
      setBusy(false);
      if (answer.ok) {
        setStatus(answer.data);
        setFailed(null);
      } else setFailed(answer.error.message);
    });
  }, []);

  const problem = status?.problem ?? null;
  return { text: problem ? (failed ?? describeStorageProblem(problem)) : null, canRetry: problem?.kind === 'quota', busy, tryAgain };
}

/** Bytes in words ("12.3 MB"). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${new Intl.NumberFormat(undefined, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

/** The storage status and the browser's estimate of Keel's use. */
async function fetchStorage(): Promise<{ status: StorageStatus | null; error: string | null; usage: { used: number; quota: number } | null }> {
  const answer = await send('getStorageStatus', {});
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  const usage = estimate && typeof estimate.usage === 'number' && typeof estimate.quota === 'number' ? { used: estimate.usage, quota: estimate.quota } : null;
  return { status: answer.ok ? answer.data : null, error: answer.ok ? null : answer.error.message, usage };
}

export interface StorageOptionsState {
  status: StorageStatus | null;
  usage: { used: number; quota: number } | null;
  entries: QuarantineEntry[] | null;
  /** What the last action did, or why it failed. */
  notice: string | null;
  busy: boolean;
  prune: () => void;
  showQuarantine: () => void;
  deleteQuarantine: () => void;
}

/** Options → Storage: use, last clean-up, damaged records. */
export function useStorageOptions(): StorageOptionsState {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [usage, setUsage] = useState<{ used: number; quota: number } | null>(null);
  const [entries, setEntries] = useState<QuarantineEntry[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    void fetchStorage().then(({ status: next, error, usage: used }) => {
      if (next) setStatus(next);
      if (error) setNotice(error);
      setUsage(used);
    });
  }, []);

  useEffect(() => {
    let live = true;
    const refresh = () =>
      void fetchStorage().then(({ status: next, error, usage: used }) => {
        if (!live) return;
        if (next) setStatus(next);
        if (error) setNotice(error);
        setUsage(used);
      });
    refresh();
    const stop = on('storageChanged', refresh);
    return () => {
      live = false;
      stop();
    };
  }, []);

  const prune = useCallback(() => {
    setBusy(true);
    void send('pruneStorage', {}).then(async (answer) => {
      setBusy(false);
      setNotice(answer.ok ? t('storagePruned', answer.data) : answer.error.message);
      load();
    });
  }, [load]);

  const showQuarantine = useCallback(() => {
    void send('listQuarantine', { limit: 200 }).then((answer) => (answer.ok ? setEntries(answer.data.entries) : setNotice(answer.error.message)));
  }, []);

  const deleteQuarantine = useCallback(() => {
    setBusy(true);
    void send('deleteQuarantine', {}).then(async (answer) => {
      setBusy(false);
      if (answer.ok) setEntries(null);
      else setNotice(answer.error.message);
      load();
    });
  }, [load]);

  return { status, usage, entries, notice, busy, prune, showQuarantine, deleteQuarantine };
}
