import '@/components/base.css';
import { createRoot } from 'react-dom/client';
import { SidePanelApp } from './SidePanelApp';

createRoot(document.getElementById('root')!).render(<SidePanelApp />);
