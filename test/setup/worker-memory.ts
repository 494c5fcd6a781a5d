// The worker keeps a copy of some browser storage in memory (lib/worker/session.ts); tests empty
// the fake browser's storage between cases, so each case starts with that copy forgotten too.
import { beforeEach } from 'vitest';
import { forgetTabSessionCopy } from '../../lib/worker/session';

beforeEach(() => forgetTabSessionCopy());
