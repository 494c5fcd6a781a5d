/**
 * Self-hosted Jira domains on the options page: the added hosts, which are granted, and adding
 * (asking the browser for that one site) or removing one. The worker registers its content
 * script from the same settings and permissions (lib/worker/dc-hosts.ts).
 */
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { grantedHosts, originPatterns } from '../settings/jira-hosts';
import { useSettings } from './settings';

export interface JiraHostsState {
  /** Added hosts; null until the settings are read. */
  hosts: readonly string[] | null;
  granted: readonly string[];
  /** What the last add or remove did, or why it failed. */
  notice: string | null;
  error: string | null;
  add: (host: string) => void;
  remove: (host: string) => void;
}

export function useJiraHosts(): JiraHostsState {
  const { settings, error, update } = useSettings();
  const [granted, setGranted] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const hosts = settings?.jiraHosts ?? null;

  useEffect(() => {
    if (!hosts) return;
    let live = true;
    void grantedHosts(hosts).then((g) => live && setGranted(g));
    return () => {
      live = false;
    };
  }, [hosts]);

  const failed = useCallback((e: unknown) => setNotice(e instanceof Error ? e.message : String(e)), []);

  const add = useCallback(
    (host: string) => {
      // Asked at the moment of the click: a permission prompt needs the user's gesture.
      void browser.permissions
        .request({ origins: originPatterns(host) })
        .then(async (ok) => {
          const saved = await update((s) => (s.jiraHosts.includes(host) ? s : { ...s, jiraHosts: [...s.jiraHosts, host] }));
          setGranted(await grantedHosts(saved.jiraHosts));
          setNotice(ok ? t('optionsHostGranted', { host }) : t('optionsHostRefused', { host }));
        })
        .catch(failed);
    },
    [update, failed],
  );

  const remove = useCallback(
    (host: string) => {
      void (async () => {
        const saved = await update((s) => ({ ...s, jiraHosts: s.jiraHosts.filter((h) => h !== host) }));
        await browser.permissions.remove({ origins: originPatterns(host) }).catch(() => false);
        setGranted(await grantedHosts(saved.jiraHosts));
        setNotice(t('optionsHostRemoved', { host }));
      })().catch(failed);
    },
    [update, failed],
  );

  return { hosts, granted, notice, error, add, remove };
}
