/** Bring a ticket to the front: focus its tab when one is open, else open it. */
import { browser } from 'wxt/browser';
import { detectTicket } from '../hosts/detect';
import { caseKey } from '../model/case-ref';
import type { Escalation } from '../model/escalation';

export async function openTicket(escalation: Escalation, jiraHosts: readonly string[] = []): Promise<void> {
  const tabs = await browser.tabs.query({});
  const open = tabs.find((tab) => {
    const ticket = detectTicket(tab.url, { jiraHosts });
    return ticket !== null && caseKey(ticket) === escalation.caseKey;
  });
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url: escalation.url });
}
