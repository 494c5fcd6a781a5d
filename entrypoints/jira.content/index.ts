import { readDraft } from '@/lib/hosts/jira/dom';
import { jiraClient } from '@/lib/hosts/jira/client';
import { runKeel } from '@/lib/content/runner';
import { jiraDesk } from '@/lib/hosts/jira/desk';
import { locateMessage } from '@/lib/hosts/jira/locate';

export default defineContentScript({
  matches: [...jiraDesk.contentScript.matches],
  excludeMatches: [...jiraDesk.contentScript.excludeMatches],
  runAt: 'document_idle',
  // WXT's future default: it tells an older copy of this script to stop with a DOM event only, not
  // also a window.postMessage that every message listener of the desk page would receive.
  noScriptStartedPostMessage: true,
  main(ctx) {
    runKeel({
      desk: jiraDesk,
      signal: ctx.signal,
      locateMessage,
      readDraft,
      reader: { client: jiraClient, via: jiraDesk.readFrom, apiBase: () => location.origin },
    });
  },
});
