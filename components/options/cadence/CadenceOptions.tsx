import { useState } from 'react';
import { t } from '@/lib/i18n';
import { AUDIENCES } from '@/lib/model/audience';
import { DEFAULT_EVERY, DEFAULT_HOURS, everyBySeverity } from '@/lib/model/cadence';
import { useSettings } from '@/lib/ui/settings';
import { CadenceSettings, type CadenceSettingsValue, type EveryTable } from './CadenceSettings';

const DEFAULTS: CadenceSettingsValue = { every: { ...DEFAULT_EVERY } as EveryTable, hours: DEFAULT_HOURS };

/** Options: the update cadence by severity and audience, and the usual business hours. */
export function CadenceOptions() {
  const { settings, error, update } = useSettings();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  if (error) return <p className="error" role="alert">{error}</p>;
  if (!settings) return <p className="muted">{t('loading')}</p>;
  const every = Object.fromEntries(AUDIENCES.map((a) => [a, { ...everyBySeverity(settings.cadence, a) }])) as EveryTable;
  return (
    <>
      <CadenceSettings
        value={{ every, hours: settings.cadence?.hours ?? DEFAULT_HOURS }}
        defaults={DEFAULTS}
        onSave={(v) => {
          void update((s) => ({ ...s, cadence: { every: v.every, hours: v.hours } })).then(
            () => setStatus({ ok: true, text: t('optionsSaved') }),
            (e: unknown) => setStatus({ ok: false, text: e instanceof Error ? e.message : String(e) }),
          );
        }}
      />
      {status ? (
        <p className={status.ok ? 'notice' : 'error'} role={status.ok ? 'status' : 'alert'}>
          {status.text}
        </p>
      ) : null}
    </>
  );
}
