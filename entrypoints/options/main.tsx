import '@/components/base.css';
import { createRoot } from 'react-dom/client';
import { t } from '@/lib/i18n';
import { OptionsApp } from './OptionsApp';

document.title = t('titleOptions');
createRoot(document.getElementById('root')!).render(<OptionsApp />);
