import '@/components/base.css';
import { createRoot } from 'react-dom/client';
import { t } from '@/lib/i18n';
import { SidePanelApp } from './SidePanelApp';

document.title = t('titleSidePanel');
createRoot(document.getElementById('root')!).render(<SidePanelApp />);
