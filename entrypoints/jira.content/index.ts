import { jiraClient } from '@/lib/hosts/jira/client';
import { runKeel } from '@/lib/content/runner';
import { locateMessage } from '@/lib/hosts/jira/locate';

export default defineContentScript({
  matches: ['*://*.atlassian.net/*'],
  excludeMatches: ['*://*.atlassian.net/wiki/*'],
  runAt: 'document_idle',
  main(ctx) {
    runKeel({
      desk: jiraClient,
      signal: ctx.signal,
      locateMessage,
      reader: { client: jiraClient, via: 'page', apiBase: () => location.origin },
    });
  },
});
