import { useEffect, useState } from 'react';
import { ActiveList } from '@/components/ActiveList';
import { send } from '@/lib/messaging/client';
import { on } from '@/lib/messaging/events';
import type { Escalation } from '@/lib/model/escalation';
import { openTicket } from '@/lib/ui/open-ticket';

interface Loaded {
  escalations: Escalation[];
  now: Date;
}

export function PopupApp() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const load = async () => {
      const result = await send('listActiveEscalations', {});
      if (result.ok) {
        setLoaded({ escalations: result.data.escalations, now: new Date(result.data.now) });
        setError(null);
      } else setError(result.error.message);
    };
    void load();
    return on('caseChanged', () => void load());
  }, []);
  useEffect(() => {
    // Read by `npm run bench`: time from navigation start to the first list with data.
    if (loaded) performance.mark('keel:popup-rendered');
  }, [loaded]);
  return (
    <main className="popup">
      <header>
        <h1>Active escalations</h1>
      </header>
      {error ? <p className="error" role="alert">{error}</p> : null}
      {loaded ? (
        <ActiveList escalations={loaded.escalations} now={loaded.now} height={440} onOpen={(e) => void openTicket(e).then(() => window.close())} />
      ) : error ? null : (
        <p className="muted">Loading…</p>
      )}
    </main>
  );
}
