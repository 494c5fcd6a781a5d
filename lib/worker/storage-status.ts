/**
 * What is wrong with Keel's storage right now, for every surface: the worker notes each storage
 * failure (a full disk, a database written by a newer Keel, one it cannot open) and clears it when
 * storage works again. Kept in `storage.session` — in memory, so it survives the worker being
 * stopped and still works when the disk is full or the database cannot be opened — and announced
 * with `storageChanged`.
 */
import { browser } from 'wxt/browser';
import { StorageError } from '../db/errors';
import { emit } from '../messaging/emit';
import { StorageProblemSchema, type StorageProblem } from '../model/storage';
import type { ReadState } from '../model/read';
import { t } from '../i18n';
import type { Handlers } from '../messaging/server';
import type { Clock } from '../model/clock';

const KEY = 'keel:storageProblem';

export async function currentProblem(): Promise<StorageProblem | null> {
  const stored: unknown = (await browser.storage.session.get(KEY))[KEY];
  if (stored == null) return null;
  const parsed = StorageProblemSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

async function setProblem(problem: StorageProblem | null): Promise<void> {
  const before = await currentProblem();
  if (JSON.stringify(before) === JSON.stringify(problem)) return;
  if (problem) await browser.storage.session.set({ [KEY]: problem });
  else await browser.storage.session.remove(KEY);
  await emit('storageChanged', {});
}

/** Tell open surfaces that something about storage changed (records set aside, pruned). */
export function storageChanged(): Promise<void> {
  return emit('storageChanged', {});
}

/** Notes a failure from a handler when it is a storage failure the user must hear of. */
export async function noteStorageFailure(error: unknown, now: Date): Promise<void> {
  if (!(error instanceof StorageError)) return;
  const at = now.toISOString();
  const cause = error.cause instanceof Error ? `${error.cause.name}: ${error.cause.message}` : error.message;
  if (error.code === 'quota') await setProblem({ kind: 'quota', at });
  else if (error.code === 'newer-version') {
    const current = await currentProblem();
    if (current?.kind !== 'newer-version') await setProblem({ kind: 'newer-version', at, stored: error.versions?.stored ?? null, supported: error.versions?.supported ?? 0 });
  } else if (error.code === 'unavailable') await setProblem({ kind: 'unavailable', at, detail: cause });
}

/** Storage works again (a write succeeded, the database opened): clears what `kinds` names. */
export async function storageWorks(kinds: readonly StorageProblem['kind'][]): Promise<void> {
  const current = await currentProblem();
  if (current && kinds.includes(current.kind)) await setProblem(null);
}

/**
 * A read state as surfaces should see it: a read left "reading" because what it read could not be
 * stored (the disk is full) shows as failed, saying why, instead of "reading…" until it goes stale.
 */
export function withStorageProblem(read: ReadState | null, problem: StorageProblem | null): ReadState | null {
  if (!read || read.status !== 'reading' || !problem || problem.at < read.at) return read;
  return { ...read, status: 'failed', failure: { kind: 'storage', message: describeProblemForRead(problem) } };
}

function describeProblemForRead(problem: StorageProblem): string {
  return problem.kind === 'quota' ? t('storageReadNotSaved') : t('storageReadUnavailable');
}

/** The handlers, each noting a storage failure it throws (the caller still gets the error). */
export function watchStorage(handlers: Handlers, clock: Clock): Handlers {
  const watched: Record<string, (request: unknown, sender: unknown) => Promise<unknown>> = {};
  for (const [name, handler] of Object.entries(handlers) as [string, (request: unknown, sender: unknown) => unknown][]) {
    watched[name] = async (request, sender) => {
      try {
        return await handler(request, sender);
      } catch (error) {
        await noteStorageFailure(error, clock.now()).catch(() => undefined);
        throw error;
      }
    };
  }
  return watched as unknown as Handlers;
}
