import { useEffect, useRef, useState } from 'react';
import { t } from '@/lib/i18n';
import { RETENTION_DAYS_DEFAULT } from '@/lib/model/storage';
import { useSettings } from '@/lib/ui/settings';
import { useStorageOptions, useStorageProblem } from '@/lib/ui/storage';
import { StorageSettings } from './StorageSettings';

const SAVE_AFTER_MS = 500;

/** Options: storage problems, space used, how long old readings are kept, damaged records. */
export function StorageOptions() {
  const { settings, error, update } = useSettings();
  const problem = useStorageProblem();
  const storage = useStorageOptions();
  const [saveError, setSaveError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  if (error) return <p className="error" role="alert">{error}</p>;
  if (!settings) return <p className="muted">{t('loading')}</p>;
  return (
    <StorageSettings
      problem={problem.text}
      canRetry={problem.canRetry}
      status={storage.status}
      usage={storage.usage}
      retentionDays={settings.retention?.days ?? RETENTION_DAYS_DEFAULT}
      entries={storage.entries}
      notice={saveError ?? storage.notice}
      busy={storage.busy || problem.busy}
      onTryAgain={problem.tryAgain}
      onRetention={(days) => {
        // Saved as typed (debounced), through the worker.
        clearTimeout(timer.current);
        timer.current = setTimeout(
          () =>
            void update((s) => ({ ...s, retention: { days } })).then(
              () => setSaveError(null),
              (e: unknown) => setSaveError(e instanceof Error ? e.message : String(e)),
            ),
          SAVE_AFTER_MS,
        );
      }}
      onPrune={storage.prune}
      onShowQuarantine={storage.showQuarantine}
      onDeleteQuarantine={storage.deleteQuarantine}
    />
  );
}
