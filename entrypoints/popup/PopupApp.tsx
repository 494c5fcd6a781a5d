import { useEffect, useLayoutEffect } from 'react';
import { ActiveList } from '@/components/ActiveList';
import { StorageNotice } from '@/components/StorageNotice';
import { useStorageProblem } from '@/lib/ui/storage';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messaging/client';
import { on } from '@/lib/messaging/events';
import { createActiveListStore, PAGE_SIZE } from '@/lib/ui/active-list-store';
import { openTicket } from '@/lib/ui/open-ticket';

const useList = createActiveListStore();
// Ask for the first page while React is still starting: the answer is often back by first paint.
void useList.getState().reload();

export function PopupApp() {
  const { view, order, query, total, all, now, pages, groups, loaded, error, setQuery, setView, setOrder, ensureRange, reload } = useList();
  const storage = useStorageProblem();

  useEffect(() => {
    // Many cases can change at once (a burst of reads): reload once they settle.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = on('caseChanged', () => {
      clearTimeout(timer);
      timer = setTimeout(() => void reload(), 300);
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [reload]);

  useLayoutEffect(() => {
    // Read by `npm run bench`: time from navigation start to the first rows in the DOM.
    if (loaded) performance.mark('keel:popup-rendered');
  }, [loaded]);

  return (
    <main className="popup">
      <header>
        <h1>{t('popupTitle')}</h1>
      </header>
      <StorageNotice text={storage.text} canRetry={storage.canRetry} busy={storage.busy} onTryAgain={storage.tryAgain} />
      {error && error !== storage.text ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {loaded ? (
        <ActiveList
          view={view}
          onView={setView}
          order={order}
          onOrder={setOrder}
          total={total}
          all={all}
          now={now}
          query={query}
          groups={groups}
          onQuery={setQuery}
          onRange={ensureRange}
          rowAt={(i) => pages[Math.floor(i / PAGE_SIZE)]?.[i % PAGE_SIZE]}
          height={440}
          onOpen={(e) => void openTicket(e).then(() => window.close())}
          onDelete={async (e) => {
            const result = await send('deleteEscalation', { id: e.id });
            await reload();
            return result.ok ? { ok: true } : { ok: false, message: result.error.message };
          }}
        />
      ) : error ? null : (
        <p className="muted">{t('loading')}</p>
      )}
    </main>
  );
}
