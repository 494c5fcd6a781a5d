import { readDraft } from '@/lib/hosts/jira/dom';
import { jiraBase, jiraClient } from '@/lib/hosts/jira/client';
import { jiraDesk } from '@/lib/hosts/jira/desk';
import { runKeel } from '@/lib/content/runner';
import { locateMessage } from '@/lib/hosts/jira/locate';

// Registered at runtime only for the Jira Data Center domains the user added in Options.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  // WXT's future default: it tells an older copy of this script to stop with a DOM event only, not
  // also a window.postMessage that every message listener of the desk page would receive.
  noScriptStartedPostMessage: true,
  main(ctx) {
    runKeel({
      desk: { detect: jiraDesk.detectSelfHosted },
      signal: ctx.signal,
      locateMessage,
      readDraft,
      // The manifest cannot let a host added at runtime frame the strip (web_accessible_resources).
      frame: false,
      // Data Center may live under a context path (https://host/jira/browse/KEY-1).
      reader: { client: jiraClient, via: jiraDesk.readFrom, apiBase: (ticket) => jiraBase(ticket.url) ?? location.origin },
    });
  },
});
