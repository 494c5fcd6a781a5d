/**
 * A storage failure with words a user can act on. Nothing already stored is lost by it. Its
 * `messageCode` is the code the message server answers with (the server reads the property and
 * never imports this file).
 */
export class StorageError extends Error {
  readonly messageCode = 'storage';
  constructor(
    message: string,
    readonly code: 'quota' | 'constraint' | 'unavailable' | 'unknown',
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

/** Translate an IndexedDB failure into a StorageError. */
export function toStorageError(error: unknown, doing: string): StorageError {
  if (error instanceof StorageError) return error;
  const name = errorName(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError') {
    return new StorageError(
      `Keel could not ${doing}: the browser refused to store more data (storage quota full). ` +
        'Everything saved before is intact. Free disk space, or export and delete closed escalations, then try again.',
      'quota',
      { cause: error },
    );
  }
  if (name === 'ConstraintError') {
    return new StorageError(`Keel could not ${doing}: it would duplicate an existing record (${detail}).`, 'constraint', { cause: error });
  }
  if (name === 'InvalidStateError' || name === 'UnknownError' || name === 'VersionError') {
    return new StorageError(`Keel could not ${doing}: the browser's database is unavailable (${name}: ${detail}).`, 'unavailable', { cause: error });
  }
  return new StorageError(`Keel could not ${doing}: ${detail}`, 'unknown', { cause: error });
}

/** Run a storage operation, turning its failure into a StorageError. */
export async function guard<T>(doing: string, op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (error) {
    throw toStorageError(error, doing);
  }
}
