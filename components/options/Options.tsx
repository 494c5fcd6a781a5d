import { t } from '@/lib/i18n';
import type { OptionsSection } from './section';
import './options.css';

/** The options page: its sections, in order. */
export function Options({ sections }: { sections: readonly OptionsSection[] }) {
  return (
    <main className="options">
      <h1>{t('optionsTitle')}</h1>
      {sections.map((Section, i) => (
        <Section key={i} />
      ))}
    </main>
  );
}
