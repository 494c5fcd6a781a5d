import { zendeskClient } from '@/lib/hosts/zendesk/client';
import { runKeel } from '@/lib/content/runner';
import { zendeskDesk } from '@/lib/hosts/zendesk/desk';
import { locateMessage } from '@/lib/hosts/zendesk/locate';

export default defineContentScript({
  matches: [...zendeskDesk.contentScript.matches],
  runAt: 'document_idle',
  main(ctx) {
    runKeel({
      desk: zendeskDesk,
      signal: ctx.signal,
      locateMessage,
      reader: { client: zendeskClient, via: zendeskDesk.readFrom, apiBase: () => location.origin },
    });
  },
});
