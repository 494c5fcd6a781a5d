// The worker keeps a copy of some browser storage in memory (lib/worker/session.ts); tests empty
// the fake browser's storage between cases, so each case starts with that copy forgotten too, and
// with no case reads kept (lib/worker/read-cache.ts) and no thread read waiting to start
// or kept in memory (lib/worker/thread-reading.ts, lib/worker/handlers/prompt.ts).
import { beforeEach } from 'vitest';
import { forgetTabSessionCopy } from '../../lib/worker/session';
import { readCache } from '../../lib/worker/read-cache';
import { forgetPendingThreadReads } from '../../lib/worker/thread-reading';
import { forgetThreadsInMemory } from '../../lib/worker/handlers/prompt';

beforeEach(() => {
  forgetTabSessionCopy();
  readCache.forgetAll();
  forgetPendingThreadReads();
  forgetThreadsInMemory();
});
