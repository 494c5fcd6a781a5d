import '@/lib/model/zod-setup';
import '@/components/base.css';
import { createRoot } from 'react-dom/client';
import { Strip } from '@/components/Strip';
import { send } from '@/lib/messaging/client';
import { createViewStore } from '@/lib/ui/view-store';
import { stripMayShow } from '@/lib/ui/strip-guard';
import { useNow } from '@/lib/ui/use-now';
import { useStripLayout } from '@/lib/ui/strip';

// Keel's in-page strip. It runs in an extension-origin frame, so the desk page's own scripts
// cannot read what it shows. It is Keel's own page: it asks about its own tab (the desk tab).
const useView = createViewStore();

function StripApp() {
  const { view, error } = useView();
  const now = useNow(15_000);
  const { layout, change } = useStripLayout(view?.ticket?.desk ?? null);
  return (
    <Strip
      view={view}
      error={error}
      now={now}
      layout={layout}
      onLayout={change}
      onEscalate={() => {
        const ticket = view?.ticket;
        if (ticket) void send('escalateTicket', { ref: { desk: ticket.desk, host: ticket.host, ticketId: ticket.ticketId }, title: view.snapshot?.subject || view.pageTitle || '' });
      }}
      onOpenWorkspace={() => void send('openWorkspace', {})}
    />
  );
}

// The focus-strip shortcut focuses this frame from the desk page: the focus goes on to the strip's first control.
window.addEventListener('focus', () => {
  if (document.activeElement === document.body) document.querySelector<HTMLElement>('.strip button, .strip [tabindex="0"]')?.focus();
});

// Only inside a desk's page: framed by anything else, the strip asks for nothing and shows nothing.
void stripMayShow().then((allowed) => {
  if (!allowed) return;
  void useView.getState().load();
  createRoot(document.getElementById('root')!).render(<StripApp />);
});
