import { zendeskClient } from '@/lib/hosts/zendesk/client';
import { runKeel } from '@/lib/content/runner';
import { locateMessage } from '@/lib/hosts/zendesk/locate';

export default defineContentScript({
  matches: ['*://*.zendesk.com/agent/*'],
  runAt: 'document_idle',
  main(ctx) {
    runKeel({
      desk: zendeskClient,
      signal: ctx.signal,
      locateMessage,
      reader: { client: zendeskClient, via: 'page', apiBase: () => location.origin },
    });
  },
});
