// The worker keeps a copy of some browser storage in memory (lib/worker/session.ts); tests empty
// the fake browser's storage between cases, so each case starts with that copy forgotten too, and
// with no case reads kept (lib/worker/read-cache.ts).
import { beforeEach } from 'vitest';
import { forgetTabSessionCopy } from '../../lib/worker/session';
import { readCache } from '../../lib/worker/read-cache';

beforeEach(() => {
  forgetTabSessionCopy();
  readCache.forgetAll();
});
