import '@/lib/model/zod-setup';
import '@/components/base.css';
import { createRoot } from 'react-dom/client';
import { t } from '@/lib/i18n';
import { closeDetailsOnEscape } from '@/lib/ui/escape-details';
import { OptionsApp } from './OptionsApp';

document.title = t('titleOptions');
closeDetailsOnEscape();
createRoot(document.getElementById('root')!).render(<OptionsApp />);
