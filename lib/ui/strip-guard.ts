/**
 * The strip's check of who frames it (see lib/hosts/frame-origins.ts), run before it asks for
 * anything or shows anything: a strip framed by any page but a desk's stays empty, so there is no
 * button to trick a click onto.
 */
import { framedByDesk, type FrameFacts } from '../hosts/frame-origins';
import { getSettings } from '../settings/storage';

/** What this page can learn about who frames it. */
export function frameFacts(win: Window = window): FrameFacts {
  const ancestors = win.location.ancestorOrigins as DOMStringList | undefined;
  return {
    ancestorOrigins: ancestors ? Array.from({ length: ancestors.length }, (_, i) => ancestors.item(i) ?? '') : null,
    referrer: win.document.referrer,
    framed: win.top !== win,
    parentIsTop: win.parent === win.top,
  };
}

/** Whether the strip may show itself here: framed only by desk pages (and self-hosted Jira the user added). */
export async function stripMayShow(win: Window = window): Promise<boolean> {
  const settings = await getSettings().catch(() => null);
  return framedByDesk(frameFacts(win), settings?.jiraHosts ?? []);
}
