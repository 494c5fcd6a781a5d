import { t } from '@/lib/i18n';
import { useSettings } from '@/lib/ui/settings';
import { playbookFileText, playbookInForce, usePlaybookEditing } from '@/lib/ui/playbook';
import { PlaybookEditor } from './PlaybookEditor';
import './playbook.css';

/** Options: the de-escalation playbook (which signal leads to which prompt, and its words). */
export function PlaybookOptions() {
  const { settings, error, update } = useSettings();
  const editing = usePlaybookEditing();
  if (error) return <p className="error" role="alert">{error}</p>;
  if (!settings || editing.text === undefined) return <p className="muted">{t('loading')}</p>;
  const inForce = playbookFileText(playbookInForce(settings.playbook));
  const text = editing.text ?? inForce;
  return (
    <PlaybookEditor
      text={text}
      edited={text !== inForce}
      custom={!!settings.playbook}
      onChange={(next) => editing.setText(next === inForce ? null : next)}
      onSave={async (playbook) => {
        await update((s) => ({ ...s, playbook }));
        editing.setText(null);
      }}
      onReset={async () => {
        await update(({ playbook: _dropped, ...rest }) => rest);
        editing.setText(null);
      }}
      onDiscard={() => editing.setText(null)}
    />
  );
}
