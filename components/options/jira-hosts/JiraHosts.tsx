import { useState } from 'react';
import { t } from '@/lib/i18n';
import './jira-hosts.css';

export interface JiraHostsProps {
  hosts: readonly string[];
  /** Hosts whose permission is granted. */
  granted: readonly string[];
  onAdd: (host: string) => void;
  onRemove: (host: string) => void;
}

/** Normalise what a user types ("https://jira.example.com/secure/Dashboard.jspa") to a host. */
export function hostFromInput(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    if (!/^[a-z0-9.-]+(:\d+)?$/i.test(url.host) || !url.hostname.includes('.')) return null;
    return url.host.toLowerCase();
  } catch {
    return null;
  }
}

export function JiraHosts({ hosts, granted, onAdd, onRemove }: JiraHostsProps) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const host = hostFromInput(input);
    if (!host) {
      setError(t('jiraHostInvalid', { input }));
      return;
    }
    setError(null);
    setInput('');
    onAdd(host);
  };
  return (
    <section className="ws-section" aria-label={t('jiraHostsLabel')}>
      <h2>{t('jiraHostsTitle')}</h2>
      <p className="muted">{t('jiraHostsHelp')}</p>
      <ul className="host-list">
        {hosts.map((h) => (
          <li key={h}>
            <code>{h}</code> {granted.includes(h) ? <span className="ok">{t('jiraHostGranted')}</span> : <span className="urgent">{t('jiraHostNotGranted')}</span>}{' '}
            <button type="button" className="small" onClick={() => onRemove(h)}>
              {t('jiraHostRemove')}
            </button>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <input aria-label={t('jiraHostInputLabel')} placeholder="jira.example.com" value={input} aria-invalid={error ? true : undefined} aria-describedby={error ? 'jira-host-error' : undefined} onChange={(e) => setInput(e.target.value)} />{' '}
        <button type="submit" className="primary">
          {t('jiraHostAdd')}
        </button>
      </form>
      {error ? (
        <p className="error" id="jira-host-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
