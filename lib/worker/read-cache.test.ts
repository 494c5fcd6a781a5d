import { describe, expect, it } from 'vitest';
import { createReadCache, KEEP_CASES, KEEP_MS } from './read-cache';

const ok = (data: unknown) => ({ ok: true as const, data });

describe('the case reads kept in the worker', () => {
  function cache() {
    const clock = { t: 1_000 };
    return { clock, memo: createReadCache(() => clock.t) };
  }

  it('answers a read again from memory, for that case and that read only', () => {
    const { memo } = cache();
    memo.begin()('zendesk:a:1', 'getPlan', ok({ items: [1] }));
    expect(memo.recall('zendesk:a:1', 'getPlan')).toEqual(ok({ items: [1] }));
    expect(memo.recall('zendesk:a:1', 'getRisks')).toBeUndefined();
    expect(memo.recall('zendesk:a:2', 'getPlan')).toBeUndefined();
  });

  it(`forgets a case ${KEEP_MS / 1000} s after its first answer was kept (answers that depend on the time)`, () => {
    const { clock, memo } = cache();
    memo.begin()('k', 'getPlan', ok(1));
    clock.t += KEEP_MS - 1;
    expect(memo.recall('k', 'getPlan')).toEqual(ok(1));
    clock.t += 1;
    expect(memo.recall('k', 'getPlan')).toBeUndefined();
    // Kept again afresh, without the old answers.
    memo.begin()('k', 'getRisks', ok(2));
    expect(memo.recall('k', 'getRisks')).toEqual(ok(2));
    expect(memo.recall('k', 'getPlan')).toBeUndefined();
  });

  it('keeps no failed answer', () => {
    const { memo } = cache();
    memo.begin()('k', 'getPlan', { ok: false, error: { code: 'storage', message: 'disk full' } });
    expect(memo.recall('k', 'getPlan')).toBeUndefined();
  });

  it('does not keep a read that was under way when anything was forgotten or revised', () => {
    for (const forget of [(m: ReturnType<typeof createReadCache>) => m.forgetAll(), (m: ReturnType<typeof createReadCache>) => m.forgetCase('other'), (m: ReturnType<typeof createReadCache>) => m.revise('k', 'getTemperature', (v) => v)]) {
      const { memo } = cache();
      const keep = memo.begin();
      forget(memo);
      keep('k', 'getPlan', ok(1));
      expect(memo.recall('k', 'getPlan')).toBeUndefined();
      // A read begun after it is kept.
      memo.begin()('k', 'getPlan', ok(2));
      expect(memo.recall('k', 'getPlan')).toEqual(ok(2));
    }
  });

  it('forgets one case, or all', () => {
    const { memo } = cache();
    memo.begin()('a', 'getPlan', ok('a'));
    memo.begin()('b', 'getPlan', ok('b'));
    memo.forgetCase('a');
    expect(memo.recall('a', 'getPlan')).toBeUndefined();
    expect(memo.recall('b', 'getPlan')).toEqual(ok('b'));
    memo.forgetAll();
    expect(memo.recall('b', 'getPlan')).toBeUndefined();
  });

  it(`keeps the ${KEEP_CASES} cases asked for last`, () => {
    const { memo } = cache();
    for (let i = 0; i < KEEP_CASES; i++) memo.begin()(`c${i}`, 'getPlan', ok(i));
    // Asked for again: the first case is now the most recent.
    memo.begin()('c0', 'getRisks', ok('r'));
    memo.begin()('new', 'getPlan', ok('n'));
    expect(memo.recall('c0', 'getPlan')).toEqual(ok(0));
    expect(memo.recall('c1', 'getPlan')).toBeUndefined();
    expect(memo.recall('new', 'getPlan')).toEqual(ok('n'));
    expect(memo.recall(`c${KEEP_CASES - 1}`, 'getPlan')).toEqual(ok(KEEP_CASES - 1));
  });

  it('revises one kept answer, or drops it when the change is not known', () => {
    const { memo } = cache();
    const keep = memo.begin();
    keep('k', 'getTemperature', ok({ lastSeen: null, readings: [] }));
    keep('k', 'getPlan', ok(1));
    memo.revise('k', 'getTemperature', (view) => ({ ...(view as object), lastSeen: { at: 'now' } }));
    expect(memo.recall('k', 'getTemperature')).toEqual(ok({ lastSeen: { at: 'now' }, readings: [] }));
    memo.revise('k', 'getTemperature', () => undefined);
    expect(memo.recall('k', 'getTemperature')).toBeUndefined();
    expect(memo.recall('k', 'getPlan')).toEqual(ok(1));
    // Nothing kept: nothing to revise, nothing invented.
    memo.revise('none', 'getTemperature', () => 'x');
    expect(memo.recall('none', 'getTemperature')).toBeUndefined();
  });

  it('lets a batch join a read already under way, and keeps it once it is answered', async () => {
    const { memo } = cache();
    let settle!: (r: { ok: true; data: unknown }) => void;
    const read = new Promise<{ ok: true; data: unknown }>((resolve) => (settle = resolve));
    memo.begin()('k', 'getPlan', read);
    expect(memo.recall('k', 'getPlan')).toBe(read);
    expect(memo.recall('k', 'getRisks')).toBeUndefined();
    settle(ok({ items: [] }));
    await read;
    expect(memo.recall('k', 'getPlan')).toEqual(ok({ items: [] }));
  });

  it('lets no batch join a read begun before anything was forgotten, and keeps it not', async () => {
    for (const forget of [(m: ReturnType<typeof createReadCache>) => m.forgetAll(), (m: ReturnType<typeof createReadCache>) => m.forgetCase('k')]) {
      const { memo } = cache();
      let settle!: (r: { ok: true; data: unknown }) => void;
      const read = new Promise<{ ok: true; data: unknown }>((resolve) => (settle = resolve));
      memo.begin()('k', 'getPlan', read);
      forget(memo);
      expect(memo.recall('k', 'getPlan')).toBeUndefined();
      settle(ok('old'));
      await read;
      expect(memo.recall('k', 'getPlan')).toBeUndefined();
    }
  });

  it('keeps no failed read once it is answered', async () => {
    const { memo } = cache();
    const read = Promise.resolve({ ok: false as const, error: { code: 'storage', message: 'disk full' } });
    memo.begin()('k', 'getPlan', read);
    await read;
    await Promise.resolve();
    expect(memo.recall('k', 'getPlan')).toBeUndefined();
  });
});
