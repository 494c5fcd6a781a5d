import { useEffect, useState } from 'react';
import { TemperaturePanel } from '@/components/temperature/TemperaturePanel';
import { caseKey } from '@/lib/model/case-key';
import { sessionBaseline, sinceLastLook } from '@/lib/ui/since-last-look';
import { Workspace } from '@/components/Workspace';
import { send } from '@/lib/messaging/client';
import { followActiveTab } from '@/lib/ui/follow-tab';
import { createViewStore } from '@/lib/ui/view-store';
import { useNow } from '@/lib/ui/use-now';

const useView = createViewStore();
const windowParam = new URLSearchParams(location.search).get('window');

export function SidePanelApp() {
  const { view, loading, error, follow, load } = useView();
  const [actionError, setActionError] = useState<string | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const now = useNow(15_000);

  useEffect(() => {
    let stop: (() => void) | undefined;
    let gone = false;
    void followActiveTab((tabId) => follow(tabId), windowParam ? Number(windowParam) : undefined).then((s) => {
      if (gone) s();
      else stop = s;
    });
    return () => {
      gone = true;
      stop?.();
    };
  }, [follow]);

  // "Since you last looked" compares with the look before this panel session started: the
  // baseline is kept for as long as the panel stays open, and the new look is recorded once.
  const key = view?.ticket ? caseKey(view.ticket) : null;
  const latestId = view?.readings.at(-1)?.id ?? null;
  useEffect(() => {
    if (!key || !latestId || !view?.ticket) return;
    const t = view.ticket;
    void send('markSeen', { ref: { desk: t.desk, host: t.host, ticketId: t.ticketId }, readingId: latestId });
  }, [key, latestId, view?.ticket]);
  const since = key && view && latestId ? sinceLastLook(sessionBaseline(key, view.lastSeen), view.readings, view.snapshot?.messages ?? []) : null;

  const report = (result: { ok: boolean; error?: { message: string } }) => setActionError(result.ok ? null : (result.error?.message ?? 'Failed'));
  const tabId = view?.tabId ?? undefined;

  return (
    <main className="sidepanel" data-tab={tabId}>
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
        refreshing={refreshing}
        onEscalate={() => {
          const ticket = view?.ticket;
          if (!ticket) return;
          void send('escalateTicket', { ticket, title: view.snapshot?.subject || view.pageTitle || '' }).then((r) => {
            report(r);
            void load();
          });
        }}
        onUpdate={(patch) => {
          const id = view?.escalation?.id;
          if (id) void send('updateEscalation', { id, patch }).then(report);
        }}
        onRefresh={() => {
          setRefreshing(true);
          void send('refreshTicket', { tabId }).then((r) => {
            report(r);
            setTimeout(() => setRefreshing(false), 600);
          });
        }}
        temperature={
          view?.readings.length ? (
            <TemperaturePanel
              readings={view.readings}
              messages={view.snapshot?.messages ?? []}
              since={since}
              onShowInPage={async (message) => {
                const r = await send('showMessage', { tabId, messageId: message.id, at: message.at });
                return r.ok && r.data.shown;
              }}
            />
          ) : null
        }
        onPostNote={async (text) => {
          const ticket = view?.ticket;
          if (!ticket) return { ok: false, message: 'No ticket' };
          const r = await send('postInternalNote', { tabId, ref: { desk: ticket.desk, host: ticket.host, ticketId: ticket.ticketId }, text });
          if (!r.ok) return { ok: false, message: r.error.message };
          return r.data.ok ? { ok: true } : { ok: false, message: r.data.failure.message };
        }}
      />
    </main>
  );
}
