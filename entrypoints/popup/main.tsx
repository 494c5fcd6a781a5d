import '@/lib/model/zod-setup';
import '@/components/base.css';
import { createRoot } from 'react-dom/client';
import { t } from '@/lib/i18n';
import { PopupApp } from './PopupApp';

document.title = t('titlePopup');
createRoot(document.getElementById('root')!).render(<PopupApp />);
