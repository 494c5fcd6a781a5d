import '@/lib/model/zod-setup';
import '@/components/base.css';
import { createRoot } from 'react-dom/client';
import { t } from '@/lib/i18n';
import { closeDetailsOnEscape } from '@/lib/ui/escape-details';
import { accept } from '@/lib/messaging/client';
import { caseReady } from '@/lib/ui/case-query';
import { warmDrafts } from '@/lib/ui/draft';
import { takePanelTicket } from '@/lib/ui/panel-prefetch';
import type { KnownTab } from '@/lib/ui/tab';
import { SidePanelApp, warm } from './SidePanelApp';

/** How long the first render may wait for the ticket's data (and its fields' drafts), rather than draw every section loading first. */
const FIRST_RENDER_WAIT_MS = 150;

document.title = t('titleSidePanel');
closeDetailsOnEscape();
// The ticket sidepanel-prefetch.js asked for while the modules loaded, and its sections' data,
// asked for then too: taken now, before React first renders.
const early = takePanelTicket();
let known: KnownTab | undefined;
const ready = (async () => {
  const got = await early;
  const checked = got ? await accept('getTabTicket', Promise.resolve(got.answer)) : null;
  if (!got || !checked?.ok) {
    got?.reads?.stop();
    return;
  }
  warm(checked.data, got.reads);
  known = { tabId: got.tabId, shown: checked.data };
  if (checked.data.ticket) await Promise.all([caseReady(checked.data.ticket), warmDrafts(checked.data.ticket)]);
})();
// The panel renders once with the ticket and its sections' data when they come within a moment,
// instead of drawing every section loading and then again with its data.
void Promise.race([ready, new Promise((waited) => setTimeout(waited, FIRST_RENDER_WAIT_MS))]).then(() =>
  createRoot(document.getElementById('root')!).render(<SidePanelApp early={early} known={known} />),
);
