/**
 * Storage problems reach the user: a database written by a newer Keel says what happened and what
 * to do; a full disk turns a read left "reading" into a failure saying why, and is cleared once
 * storage takes writes again; settings changed outside Keel's pages are put back.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { DB_NAME } from '../db/schema';
import { LATEST_VERSION } from '../db/migrations';
import { StorageError } from '../db/errors';
import { getDb } from './db';
import { currentProblem, noteStorageFailure, storageWorks, watchStorage, withStorageProblem } from './storage-status';
import { restoreIfChanged, saveVerifiedSettings } from './settings';
import { storedSettings } from '../settings/storage';
import type { Handlers } from '../messaging/server';
import type { ReadState } from '../model/read';

const now = new Date('2026-03-01T10:00:00.000Z');
const quota = () => new StorageError('full', 'quota', { cause: new DOMException('no room', 'QuotaExceededError') });

describe('storage problems', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a full disk shows a read left "reading" as failed, in plain words, and clears when storage works again', async () => {
    const handlers = watchStorage({ recordRead: async () => Promise.reject(quota()) } as unknown as Handlers, { now: () => now, id: () => 'x' });
    await expect((handlers as unknown as { recordRead: () => Promise<unknown> }).recordRead()).rejects.toThrow('full');

    const problem = await currentProblem();
    expect(problem).toEqual({ kind: 'quota', at: now.toISOString() });
    const reading: ReadState = { status: 'reading', source: null, at: '2026-03-01T09:59:59.000Z', failure: null, lastGoodAt: null, retryAt: null, failures: 0 };
    expect(withStorageProblem(reading, problem)).toMatchObject({ status: 'failed', failure: { kind: 'storage', message: 'Read, but not saved: the browser has no room left for Keel\'s data.' } });
    // A read started after the problem was noted is not touched.
    expect(withStorageProblem({ ...reading, at: '2026-03-01T10:00:01.000Z' }, problem)).toMatchObject({ status: 'reading' });

    await storageWorks(['quota']);
    expect(await currentProblem()).toBeNull();
  });

  it('other failures are not storage problems', async () => {
    await noteStorageFailure(new Error('desk said no'), now);
    expect(await currentProblem()).toBeNull();
  });

  it('settings changed outside Keel’s pages are put back; Keel’s own changes stay', async () => {
    await saveVerifiedSettings({ jiraHosts: ['jira.example.com'] });
    expect(await restoreIfChanged()).toBe(false);
    // A content script writes storage.local directly (it may: setAccessLevel covers only storage.session).
    await browser.storage.local.set({ settings: { jiraHosts: ['evil.example.com'] } });
    expect(await restoreIfChanged()).toBe(true);
    expect(await storedSettings()).toEqual({ jiraHosts: ['jira.example.com'] });
  });
});

describe('a database written by a newer Keel', () => {
  it('every request says what happened and what to do, and nothing is changed', async () => {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, LATEST_VERSION + 3);
      request.onsuccess = () => (request.result.close(), resolve());
      request.onerror = () => reject(request.error);
    });
    const failure = await getDb().then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as StorageError).code).toBe('newer-version');
    expect((failure as StorageError).message).toBe(
      `Keel's data was saved by a newer version of Keel (data version ${LATEST_VERSION + 3}; this Keel reads up to version ${LATEST_VERSION}). This happens after going back to an older Keel. Update Keel to its latest version to see and change your escalations again: nothing has been changed or deleted.`,
    );
    fakeBrowser.reset();
    await noteStorageFailure(failure, now);
    expect(await currentProblem()).toEqual({ kind: 'newer-version', at: now.toISOString(), stored: LATEST_VERSION + 3, supported: LATEST_VERSION });
  });
});
