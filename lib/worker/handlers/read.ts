import { caseKey } from '../../model/case-ref';
import type { read } from '../../messaging/protocol/read';
import type { DomainHandlers } from '../../messaging/server';
import { getDb } from '../db';
import { readInWorker, readStarted, recordRead, refreshTab } from '../reads';
import { ownTicket } from '../sender';
import { OK, tabOf, type WorkerDeps } from './deps';
import { caseRecordIn } from '../scoped-reads';

export function readHandlers(deps: WorkerDeps): DomainHandlers<typeof read> {
  return {
    async getReadState({ ref }, _sender, scope) {
      return (await caseRecordIn(scope, await getDb(), caseKey(ref)))?.read ?? null;
    },

    async refreshTicket({ tabId }, sender) {
      await refreshTab(tabOf(tabId, sender));
      return OK;
    },

    // Content scripts: each acts only on the ticket its own tab shows (see lib/worker/sender.ts).
    async readStarted({ ref }, sender) {
      await readStarted(await ownTicket(sender, ref), deps.clock);
      return OK;
    },

    async recordRead({ read }, sender) {
      return recordRead(await ownTicket(sender, read.ref), read, deps);
    },

    async readInWorker({ ticket, manual }, sender) {
      return readInWorker(await ownTicket(sender, ticket), manual, sender.tabId, deps);
    },
  };
}
