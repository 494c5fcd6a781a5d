import { detect } from '@/lib/hosts/jira/detect';
import { runKeel } from '@/lib/content/runner';

export default defineContentScript({
  matches: ['*://*.atlassian.net/*'],
  excludeMatches: ['*://*.atlassian.net/wiki/*'],
  runAt: 'document_idle',
  main(ctx) {
    runKeel({ desk: { detect }, signal: ctx.signal });
  },
});
