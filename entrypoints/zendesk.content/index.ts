import { zendeskClient } from '@/lib/hosts/zendesk/client';
import { runKeel } from '@/lib/content/runner';

export default defineContentScript({
  matches: ['*://*.zendesk.com/agent/*'],
  runAt: 'document_idle',
  main(ctx) {
    runKeel({
      desk: zendeskClient,
      signal: ctx.signal,
      reader: { client: zendeskClient, via: 'page', apiBase: () => location.origin },
    });
  },
});
