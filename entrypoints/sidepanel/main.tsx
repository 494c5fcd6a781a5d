import '@/components/base.css';
import { createRoot } from 'react-dom/client';
import { t } from '@/lib/i18n';
import { closeDetailsOnEscape } from '@/lib/ui/escape-details';
import { SidePanelApp } from './SidePanelApp';

document.title = t('titleSidePanel');
closeDetailsOnEscape();
createRoot(document.getElementById('root')!).render(<SidePanelApp />);
