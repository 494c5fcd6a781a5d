import { salesforceClient } from '@/lib/hosts/salesforce/client';
import { runKeel } from '@/lib/content/runner';

export default defineContentScript({
  matches: ['*://*.lightning.force.com/*', '*://*.my.salesforce.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runKeel({
      desk: salesforceClient,
      signal: ctx.signal,
      // Lightning cannot call the org's REST API cross-origin: the worker reads it.
      reader: { client: salesforceClient, via: 'worker', apiBase: () => location.origin },
    });
  },
});
