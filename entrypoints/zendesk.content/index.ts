import { readDraft } from '@/lib/hosts/zendesk/dom';
import { zendeskClient } from '@/lib/hosts/zendesk/client';
import { runKeel } from '@/lib/content/runner';
import { zendeskDesk } from '@/lib/hosts/zendesk/desk';
import { locateMessage } from '@/lib/hosts/zendesk/locate';

export default defineContentScript({
  matches: [...zendeskDesk.contentScript.matches],
  runAt: 'document_idle',
  // WXT's future default: it tells an older copy of this script to stop with a DOM event only, not
  // also a window.postMessage that every message listener of the desk page would receive.
  noScriptStartedPostMessage: true,
  main(ctx) {
    runKeel({
      desk: zendeskDesk,
      signal: ctx.signal,
      locateMessage,
      readDraft,
      reader: { client: zendeskClient, via: zendeskDesk.readFrom, apiBase: () => location.origin },
    });
  },
});
