import type { note } from '../../messaging/protocol/note';
import type { DomainHandlers } from '../../messaging/server';
import { postInternalNote } from '../reads';
import type { WorkerDeps } from './deps';

export function noteHandlers(deps: WorkerDeps): DomainHandlers<typeof note> {
  return {
    postInternalNote({ tabId, ref, text }, sender) {
      return postInternalNote(tabId ?? sender.tabId, ref, text, deps.clock);
    },
  };
}
