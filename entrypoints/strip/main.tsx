import { createRoot } from 'react-dom/client';
import { Strip } from '@/components/Strip';
import { send } from '@/lib/messaging/client';
import { createViewStore } from '@/lib/ui/view-store';
import { useNow } from '@/lib/ui/use-now';
import '@/components/styles.css';

// Keel's in-page strip. It runs in an extension-origin frame, so the desk page's own scripts
// cannot read what it shows.
const useView = createViewStore();

function StripApp() {
  const { view, load } = useView();
  const now = useNow(15_000);
  return (
    <Strip
      view={view}
      now={now}
      onEscalate={() => {
        const ticket = view?.ticket;
        if (ticket) void send('escalateTicket', { ticket, title: view.snapshot?.subject || view.pageTitle || '' }).then(() => load());
      }}
      onOpenWorkspace={() => void send('openWorkspace', {})}
    />
  );
}

void useView.getState().load();
createRoot(document.getElementById('root')!).render(<StripApp />);
