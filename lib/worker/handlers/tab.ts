import { emit } from '../../messaging/emit';
import type { tab } from '../../messaging/protocol/tab';
import type { DomainHandlers } from '../../messaging/server';
import { openPanelForReading } from '../panel';
import { showMessageInTab } from '../reads';
import { ownTicket, pageTicket } from '../sender';
import { tabSession } from '../session';
import { ticketForTab } from '../tabs';
import { OK, tabOf, type WorkerDeps } from './deps';

export function tabHandlers(deps: WorkerDeps): DomainHandlers<typeof tab> {
  return {
    getTabTicket({ tabId }, sender) {
      return ticketForTab(tabOf(tabId, sender));
    },

    async ticketSeen({ ticket, title }, sender) {
      // What the tab shows is the worker's finding; the page's own claim must agree with it.
      const own = ticket ? await ownTicket(sender, ticket) : await pageTicket(sender);
      await tabSession.setTicket(sender.tabId, { ticket: own, title, pageUrl: sender.url, at: deps.clock.now().toISOString() });
      await emit('tabTicketChanged', { tabId: sender.tabId });
      return OK;
    },

    async showMessage({ tabId, messageId, at }, sender) {
      return { shown: await showMessageInTab(tabOf(tabId, sender), messageId, at).catch(() => false) };
    },

    openWorkspace({ tabId }, sender) {
      // First, synchronously: the user gesture does not survive an await.
      return openPanelForReading({ tabId: tabOf(tabId, sender) }, deps.events).then(() => OK);
    },
  };
}
