import '@/components/base.css';
import { createRoot } from 'react-dom/client';
import { PopupApp } from './PopupApp';

createRoot(document.getElementById('root')!).render(<PopupApp />);
