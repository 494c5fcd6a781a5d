import { z } from 'zod';
import { t, type MessageKey } from '../i18n';
import { describeZodError } from '../messaging/format';

/**
 * A storage failure with words a user can act on. Nothing already stored is lost by it. Its
 * `messageCode` is the code the message server answers with (the server reads the property and
 * never imports this file).
 */
export class StorageError extends Error {
  readonly messageCode = 'storage';
  constructor(
    message: string,
    readonly code: 'quota' | 'constraint' | 'unavailable' | 'newer-version' | 'invalid' | 'unknown',
    options?: { cause?: unknown },
  ) {
    super(message, options);
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
  if (error instanceof z.ZodError) return new StorageError(t('storageInvalid', { doing: t(doing), detail: describeZodError(error) }), 'invalid', { cause: error });
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

/** Run a storage operation, turning its failure into a StorageError. */
export async function guard<T>(doing: StorageDoing, op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (error) {
    throw toStorageError(error, doing);
  }
}
