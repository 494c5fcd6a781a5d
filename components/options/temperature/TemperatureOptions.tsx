import { useState } from 'react';
import { t } from '@/lib/i18n';
import { useSettings } from '@/lib/ui/settings';
import { DEFAULT_THRESHOLDS } from '@/lib/temperature/bands';
import { DEFAULT_REPLY_TARGET_MINUTES } from '@/lib/temperature/score';
import { TemperatureSettings } from './TemperatureSettings';

const DEFAULTS = { thresholds: DEFAULT_THRESHOLDS, replyTargetMinutes: DEFAULT_REPLY_TARGET_MINUTES };

/** Options: where the temperature bands start and the reply target used without an SLA. */
export function TemperatureOptions() {
  const { settings, error, update } = useSettings();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  if (error) return <p className="error" role="alert">{error}</p>;
  if (!settings) return <p className="muted">{t('loading')}</p>;
  return (
    <>
      <TemperatureSettings
        value={{ thresholds: settings.thresholds ?? DEFAULTS.thresholds, replyTargetMinutes: settings.replyTargetMinutes ?? DEFAULTS.replyTargetMinutes }}
        defaults={DEFAULTS}
        onSave={(v) => {
          void update((s) => ({ ...s, thresholds: v.thresholds, replyTargetMinutes: v.replyTargetMinutes })).then(
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
