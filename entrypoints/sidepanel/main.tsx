import '@/components/base.css';
import { createRoot } from 'react-dom/client';
import { t } from '@/lib/i18n';
import { closeDetailsOnEscape } from '@/lib/ui/escape-details';
import { accept } from '@/lib/messaging/client';
import { takePanelTicket } from '@/lib/ui/panel-prefetch';
import { SidePanelApp, warm } from './SidePanelApp';

document.title = t('titleSidePanel');
closeDetailsOnEscape();
// The ticket sidepanel-prefetch.js asked for while the modules loaded: its sections' data is asked
// for now, before React first renders, so the worker reads while the page renders.
const early = takePanelTicket();
void early?.then(async (got) => {
  const checked = got ? await accept('getTabTicket', Promise.resolve(got.answer)) : null;
  if (checked?.ok) warm(checked.data);
});
createRoot(document.getElementById('root')!).render(<SidePanelApp early={early} />);
