import { salesforceClient } from '@/lib/hosts/salesforce/client';
import { runKeel } from '@/lib/content/runner';
import { salesforceDesk } from '@/lib/hosts/salesforce/desk';

export default defineContentScript({
  matches: [...salesforceDesk.contentScript.matches],
  runAt: 'document_idle',
  main(ctx) {
    runKeel({
      desk: salesforceDesk,
      signal: ctx.signal,
      // Lightning cannot call the org's REST API cross-origin: the worker reads it.
      reader: { client: salesforceClient, via: salesforceDesk.readFrom, apiBase: () => location.origin },
    });
  },
});
