import { useEffect, useState } from 'react';
import { Workspace } from '@/components/Workspace';
import { send } from '@/lib/messaging/client';
import { followActiveTab } from '@/lib/ui/follow-tab';
import { createViewStore } from '@/lib/ui/view-store';

const useView = createViewStore();
const windowParam = new URLSearchParams(location.search).get('window');

export function SidePanelApp() {
  const { view, loading, error, follow, load } = useView();
  const [actionError, setActionError] = useState<string | null>(null);
  const [now, setNow] = useState(() => new Date());

  useEffect(() => {
    let stop: (() => void) | undefined;
    void followActiveTab((tabId) => follow(tabId), windowParam ? Number(windowParam) : undefined).then((s) => (stop = s));
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => {
      stop?.();
      clearInterval(timer);
    };
  }, [follow]);

  const report = (result: { ok: boolean; error?: { message: string } }) => setActionError(result.ok ? null : (result.error?.message ?? 'Failed'));

  return (
    <main className="sidepanel" data-tab={view?.tabId ?? undefined}>
      {actionError ? (
        <p className="error" role="alert">
          {actionError}
        </p>
      ) : null}
      <Workspace
        view={view}
        loading={loading}
        error={error}
        now={now}
        onEscalate={() => {
          const ticket = view?.ticket;
          if (!ticket) return;
          void send('escalateTicket', { ticket, title: view.snapshot?.subject ?? view.pageTitle ?? '' }).then((r) => {
            report(r);
            void load();
          });
        }}
        onUpdate={(patch) => {
          const id = view?.escalation?.id;
          if (id) void send('updateEscalation', { id, patch }).then(report);
        }}
      />
    </main>
  );
}
