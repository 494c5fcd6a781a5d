import { Workspace } from '@/components/workspace/Workspace';
import { WORKSPACE_SECTIONS } from '@/components/workspace/sections';
import { useFollowedTab } from '@/lib/ui/tab';
import { useNow } from '@/lib/ui/use-now';

const windowParam = new URLSearchParams(location.search).get('window');
const followedWindow = windowParam ? Number(windowParam) : undefined;

/** The side panel: the workspace of the ticket in this window's active tab. Each section binds its own messages. */
export function SidePanelApp() {
  const { shown, error } = useFollowedTab(followedWindow);
  const now = useNow(15_000);
  return (
    <main className="sidepanel" data-tab={shown?.tabId ?? undefined}>
      <Workspace shown={shown} error={error} sections={WORKSPACE_SECTIONS} now={now} />
    </main>
  );
}
