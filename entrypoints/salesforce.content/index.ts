import { readDraft } from '@/lib/hosts/salesforce/dom';
import { salesforceClient } from '@/lib/hosts/salesforce/client';
import { runKeel } from '@/lib/content/runner';
import { salesforceDesk } from '@/lib/hosts/salesforce/desk';

export default defineContentScript({
  matches: [...salesforceDesk.contentScript.matches],
  runAt: 'document_idle',
  // WXT's future default: it tells an older copy of this script to stop with a DOM event only, not
  // also a window.postMessage that every message listener of the desk page would receive.
  noScriptStartedPostMessage: true,
  main(ctx) {
    runKeel({
      desk: salesforceDesk,
      signal: ctx.signal,
      readDraft: (doc) => readDraft(doc),
      // Lightning cannot call the org's REST API cross-origin: the worker reads it.
      reader: { client: salesforceClient, via: salesforceDesk.readFrom, apiBase: () => location.origin },
    });
  },
});
