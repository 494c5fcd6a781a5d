import '@/components/base.css';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from './OptionsApp';

createRoot(document.getElementById('root')!).render(<OptionsApp />);
