import { detectOnHost } from '@/lib/hosts/jira/detect';
import { runKeel } from '@/lib/content/runner';

// Registered at runtime only for the Jira Data Center domains the user added in Options.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  main(ctx) {
    runKeel({ desk: { detect: detectOnHost }, signal: ctx.signal });
  },
});
