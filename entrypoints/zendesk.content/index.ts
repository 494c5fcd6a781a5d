import { detect } from '@/lib/hosts/zendesk/detect';
import { runKeel } from '@/lib/content/runner';

export default defineContentScript({
  matches: ['*://*.zendesk.com/agent/*'],
  runAt: 'document_idle',
  main(ctx) {
    runKeel({ desk: { detect }, signal: ctx.signal });
  },
});
