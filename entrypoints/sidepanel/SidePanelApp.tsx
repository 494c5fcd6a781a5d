import type { TabTicket } from '@/lib/messaging/protocol';
import { StorageNotice } from '@/components/StorageNotice';
import { Workspace } from '@/components/workspace/Workspace';
import { useStorageProblem } from '@/lib/ui/storage';
import { WORKSPACE_SECTIONS } from '@/components/workspace/sections';
import { markOnce } from '@/lib/ui/bench-mark';
import { warmCase } from '@/lib/ui/case-query';
import { warmDrafts } from '@/lib/ui/draft';
import { followedWindow, type EarlyReads, type EarlyTicket } from '@/lib/ui/panel-prefetch';
import { useFollowedTab, type KnownTab } from '@/lib/ui/tab';
import { useNow } from '@/lib/ui/use-now';

const windowId = followedWindow(location.search);

/**
 * The moment the panel learns the ticket, every section's data is asked for in one message (or
 * taken from the reads its prefetch asked for, `early`), and its fields' drafts beside it (or
 * taken from the same).
 */
export function warm(shown: TabTicket, early?: EarlyReads): void {
  if (!shown.ticket) return;
  // `npm run bench` measures from here to the sections showing their data.
  markOnce('keel:panel-ticket');
  warmCase(shown.ticket, early);
  void warmDrafts(shown.ticket, early);
}

/** The side panel: the workspace of the ticket in this window's active tab. Each section binds its own messages. */
export function SidePanelApp({ early, known }: { early?: Promise<EarlyTicket | undefined>; known?: KnownTab }) {
  const { shown, error } = useFollowedTab(windowId, warm, early, known);
  const now = useNow(15_000);
  const storage = useStorageProblem();
  return (
    <main className="sidepanel" data-tab={shown?.tabId ?? undefined}>
      <StorageNotice text={storage.text} canRetry={storage.canRetry} busy={storage.busy} onTryAgain={storage.tryAgain} />
      <Workspace shown={shown} error={error} sections={WORKSPACE_SECTIONS} now={now} />
    </main>
  );
}
