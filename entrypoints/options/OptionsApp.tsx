import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { JiraHosts } from '@/components/options/JiraHosts';
import { TemperatureSettings } from '@/components/options/TemperatureSettings';
import { DEFAULT_THRESHOLDS } from '@/lib/temperature/bands';
import { DEFAULT_REPLY_TARGET_MINUTES } from '@/lib/temperature/score';
import { getSettings, saveSettings } from '@/lib/settings/storage';
import type { Settings } from '@/lib/model/settings';

const origins = (host: string) => [`https://${host}/*`, `http://${host}/*`];

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [granted, setGranted] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const s = await getSettings();
    const ok: string[] = [];
    for (const h of s.jiraHosts) if (await browser.permissions.contains({ origins: [`https://${h}/*`] })) ok.push(h);
    setSettings(s);
    setGranted(ok);
  }, []);
  useEffect(() => {
    // Load once on open; refresh() only sets state after its awaits.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void refresh();
  }, [refresh]);

  if (!settings) return <main className="options muted">{t('loading')}</main>;
  return (
    <main className="options">
      <h1>{t('optionsTitle')}</h1>
      {message ? <p className="notice">{message}</p> : null}
      <TemperatureSettings
        value={{ thresholds: settings.thresholds ?? DEFAULT_THRESHOLDS, replyTargetMinutes: settings.replyTargetMinutes ?? DEFAULT_REPLY_TARGET_MINUTES }}
        defaults={{ thresholds: DEFAULT_THRESHOLDS, replyTargetMinutes: DEFAULT_REPLY_TARGET_MINUTES }}
        onSave={(v) => {
          void saveSettings({ ...settings, thresholds: v.thresholds, replyTargetMinutes: v.replyTargetMinutes }).then(() => {
            setMessage(t('optionsSaved'));
            return refresh();
          });
        }}
      />
      <JiraHosts
        hosts={settings.jiraHosts}
        granted={granted}
        onAdd={(host) => {
          // Ask at the moment of the click: permission prompts need the user's gesture.
          void browser.permissions.request({ origins: origins(host) }).then(async (ok) => {
            if (!settings.jiraHosts.includes(host)) await saveSettings({ ...settings, jiraHosts: [...settings.jiraHosts, host] });
            setMessage(ok ? t('optionsHostGranted', { host }) : t('optionsHostRefused', { host }));
            await refresh();
          });
        }}
        onRemove={(host) => {
          void (async () => {
            await saveSettings({ ...settings, jiraHosts: settings.jiraHosts.filter((h) => h !== host) });
            await browser.permissions.remove({ origins: origins(host) }).catch(() => false);
            setMessage(t('optionsHostRemoved', { host }));
            await refresh();
          })();
        }}
      />
    </main>
  );
}
