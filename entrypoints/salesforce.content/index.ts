import { detect } from '@/lib/hosts/salesforce/detect';
import { runKeel } from '@/lib/content/runner';

export default defineContentScript({
  matches: ['*://*.lightning.force.com/*', '*://*.my.salesforce.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runKeel({ desk: { detect }, signal: ctx.signal });
  },
});
