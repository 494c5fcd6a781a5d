import { browser } from 'wxt/browser';
import { t } from '../../i18n';
import type { Desk } from '../../model/case-ref';
import { DEFAULT_STRIP_LAYOUT, type StripLayout } from '../../model/strip';
import { emit } from '../../messaging/emit';
import { KEEL_TAG, type TabCommand } from '../../messaging/envelope';
import type { strip } from '../../messaging/protocol/strip';
import type { KeelSender } from '../../messaging/senders';
import type { DomainHandlers } from '../../messaging/server';
import { getSettings } from '../../settings/storage';
import { saveVerifiedSettings } from '../settings';
import { pageTicket } from '../sender';
import { ticketForTab } from '../tabs';

/** The desk whose strip the sender is about: the content script's page, or the strip's own tab. */
async function senderDesk(sender: KeelSender): Promise<Desk | null> {
  if (sender.kind === 'content') return (await pageTicket(sender))?.desk ?? null;
  if (sender.tabId === null) return null;
  return (await ticketForTab(sender.tabId)).ticket?.desk ?? null;
}

/** Every tab's content script places its frame anew; those of other desks ignore it. */
async function tellTabs(desk: Desk, layout: StripLayout): Promise<void> {
  const command: TabCommand = { tag: KEEL_TAG, command: 'stripLayout', desk, layout };
  const tabs = await browser.tabs.query({}).catch(() => []);
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? null : browser.tabs.sendMessage(tab.id, command).catch(() => null))));
}

export function stripHandlers(): DomainHandlers<typeof strip> {
  return {
    async getStripLayout(_request, sender) {
      const desk = await senderDesk(sender);
      return (desk && (await getSettings()).strip?.[desk]) || DEFAULT_STRIP_LAYOUT;
    },

    async setStripLayout({ layout }, sender) {
      const desk = await senderDesk(sender);
      if (!desk) throw new Error(t('stripNoDesk'));
      const settings = await getSettings();
      await saveVerifiedSettings({ ...settings, strip: { ...settings.strip, [desk]: layout } });
      await Promise.all([tellTabs(desk, layout), emit('stripLayoutChanged', { desk, layout })]);
      return layout;
    },
  };
}
