/**
 * The answers of a case's reads, kept in the worker for a few seconds after a surface asked for
 * them together (`getCaseReads`, `getTabCase`): the side panel opened again on the same ticket, or
 * following the user back to a tab they just left, has its sections' reads answered from memory
 * instead of fifteen IndexedDB reads queued behind a browser that is busy loading the panel.
 *
 * A cache only, and a cautious one. Everything kept is dropped:
 * - when any read-write transaction starts (lib/db/write-versions.ts `onWriteStart`), whatever
 *   started it: a message, an alarm, a menu, a desk read, retention;
 * - when the worker says a case changed (`caseChanged`), and when the settings change (any
 *   change to the browser's local or synced storage);
 * - when the connection to the database is lost (the user cleared Keel's data: what was kept is
 *   gone from the disk) and when it is opened again;
 * - after `KEEP_MS`: some answers depend on the time (what is overdue, what is due next).
 * A read that was under way when any of that happened is answered but not kept. Only successful
 * answers are kept. While a read is under way, a batch asking for the same read of the same case
 * joins it (the worker starts the panel's reads as it opens the panel; the panel, loading, asks
 * for them moments later) until anything is forgotten. A read sent on its own (a section
 * re-reading after a change) never uses it.
 */
import { browser } from 'wxt/browser';
import type { Result } from '../messaging/envelope';
import type { ReadMemo } from '../messaging/server';
import { onCaseChanged } from './changes';
import { onConnectionLost, onOpenOutcome } from './db';
import { onWriteStart } from '../db/write-versions';

/** How long an answer is kept: the side panel's clock ticks every 15 s. */
export const KEEP_MS = 15_000;
/** The cases kept at most (the last ones asked for). */
export const KEEP_CASES = 8;

interface Kept {
  at: number;
  answers: Map<string, Result<unknown>>;
}

export interface ReadCache extends ReadMemo {
  /** Drops everything kept. */
  forgetAll(): void;
  /** Drops what is kept of one case. */
  forgetCase(caseKey: string): void;
  /**
   * Replaces one kept answer with `change(answer)` (a write whose effect on it is known), or
   * drops it when `change` returns undefined; reads under way are not kept.
   */
  revise(caseKey: string, name: string, change: (data: unknown) => unknown): void;
}

export function createReadCache(now: () => number = () => Date.now()): ReadCache {
  const cases = new Map<string, Kept>();
  // Reads under way, by case and name, with the generation they began in.
  const underWay = new Map<string, { generation: number; read: Promise<Result<unknown>> }>();
  // Bumped by every forgetting: a read that began before it is neither kept nor joined.
  let generation = 0;
  const fresh = (kept: Kept | undefined): kept is Kept => !!kept && now() - kept.at < KEEP_MS;
  const slot = (caseKey: string, name: string) => `${caseKey}\u0000${name}`;
  const keepAnswer = (caseKey: string, name: string, result: Result<unknown>) => {
    let kept = cases.get(caseKey);
    if (!fresh(kept)) {
      cases.delete(caseKey);
      kept = { at: now(), answers: new Map() };
    }
    cases.delete(caseKey); // re-inserted last: the case asked for most recently
    cases.set(caseKey, kept);
    kept.answers.set(name, result);
    while (cases.size > KEEP_CASES) cases.delete(cases.keys().next().value!);
  };
  return {
    recall(caseKey, name) {
      const kept = cases.get(caseKey);
      const answer = fresh(kept) ? kept.answers.get(name) : undefined;
      if (answer) return answer;
      const pending = underWay.get(slot(caseKey, name));
      return pending?.generation === generation ? pending.read : undefined;
    },
    begin() {
      const began = generation;
      return (caseKey, name, result) => {
        if (generation !== began) return;
        if (!(result instanceof Promise)) {
          if (result.ok) keepAnswer(caseKey, name, result);
          return;
        }
        const key = slot(caseKey, name);
        const entry = { generation: began, read: result };
        underWay.set(key, entry);
        const done = () => {
          if (underWay.get(key) === entry) underWay.delete(key);
        };
        result.then((settled) => {
          done();
          if (settled.ok && generation === began) keepAnswer(caseKey, name, settled);
        }, done);
      };
    },
    forgetAll() {
      generation++;
      cases.clear();
      underWay.clear();
    },
    forgetCase(caseKey) {
      generation++;
      cases.delete(caseKey);
    },
    revise(caseKey, name, change) {
      generation++;
      const kept = cases.get(caseKey);
      const answer = kept?.answers.get(name);
      if (!kept || !answer?.ok) return;
      const data = change(answer.data);
      if (data === undefined) kept.answers.delete(name);
      else kept.answers.set(name, { ok: true, data });
    },
  };
}

/** The worker's cache of case reads, dropped as the module comment says. */
export const readCache = createReadCache();
onWriteStart(() => readCache.forgetAll());
onOpenOutcome(() => readCache.forgetAll());
onConnectionLost(() => readCache.forgetAll());
onCaseChanged((caseKey) => readCache.forgetCase(caseKey));
// The settings (cadence policy, playbook, templates) shape several answers.
browser.storage.onChanged.addListener((_changes, area) => {
  if (area !== 'session') readCache.forgetAll();
});
