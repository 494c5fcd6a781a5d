import { z } from 'zod/mini';
import { t, type MessageKey } from '../i18n';
import { describeZodError } from '../messaging/format';

/**
 * A storage failure with words a user can act on. Nothing already stored is lost by it. Its
 * `messageCode` is the code the message server answers with (the server reads the property and
 * never imports this file).
 */
export class StorageError extends Error {
  readonly messageCode = 'storage';
  /** For 'newer-version': the stored database's version and the newest this Keel reads. */
  readonly versions: { stored: number | null; supported: number } | null;
  constructor(
    message: string,
    readonly code: 'quota' | 'constraint' | 'unavailable' | 'newer-version' | 'invalid' | 'unknown',
    options?: { cause?: unknown; versions?: { stored: number | null; supported: number } },
  ) {
    super(message, options);
    this.versions = options?.versions ?? null;
    this.name = 'StorageError';
  }
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error) return String((error as { name: unknown }).name);
  return '';
}

/** What Keel was doing when storage failed, as a message ("save the escalation"). */
export type StorageDoing = Extract<MessageKey, `storageDoing${string}`>;

/** Translate an IndexedDB failure into a StorageError. */
export function toStorageError(error: unknown, doing: StorageDoing): StorageError {
  if (error instanceof StorageError) return error;
  // Data of the wrong shape is not a storage failure: say which field, and that nothing was saved.
  if (error instanceof z.core.$ZodError) return new StorageError(t('storageInvalid', { doing: t(doing), detail: describeZodError(error) }), 'invalid', { cause: error });
  const name = errorName(error);
  const detail = error instanceof Error ? error.message : String(error);
  const what = t(doing);
  if (name === 'QuotaExceededError') return new StorageError(t('storageQuota', { doing: what }), 'quota', { cause: error });
  if (name === 'ConstraintError') return new StorageError(t('storageConstraint', { doing: what, detail }), 'constraint', { cause: error });
  if (name === 'InvalidStateError' || name === 'UnknownError' || name === 'VersionError') {
    return new StorageError(t('storageUnavailable', { doing: what, detail: `${name}: ${detail}` }), 'unavailable', { cause: error });
  }
  return new StorageError(t('storageFailed', { doing: what, detail }), 'unknown', { cause: error });
}

/**
 * The database was written by a newer Keel (its version is above every migration this Keel has):
 * after going back to an older Keel. Nothing is changed; updating Keel opens it again.
 */
export function newerVersionError(stored: number | null, supported: number, cause?: unknown): StorageError {
  const message = t('storageNewerVersion', { stored: stored === null ? '?' : stored, supported });
  return new StorageError(message, 'newer-version', { cause, versions: { stored, supported } });
}

/** Run a storage operation, turning its failure into a StorageError. */
export async function guard<T>(doing: StorageDoing, op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (error) {
    throw toStorageError(error, doing);
  }
}
