import { useState } from 'react';

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
      setError(`“${input}” is not a web address Keel can use. Type the address of your Jira, e.g. jira.example.com.`);
      return;
    }
    setError(null);
    setInput('');
    onAdd(host);
  };
  return (
    <section className="ws-section" aria-label="Jira Data Center">
      <h2>Self-hosted Jira (Data Center)</h2>
      <p className="muted">Keel reads Jira Cloud on atlassian.net by itself. For a Jira on your company’s own domain, add it here: your browser asks you once to let Keel read that site.</p>
      <ul className="host-list">
        {hosts.map((h) => (
          <li key={h}>
            <code>{h}</code> {granted.includes(h) ? <span className="ok">access granted</span> : <span className="urgent">access not granted</span>}{' '}
            <button type="button" className="small" onClick={() => onRemove(h)}>
              Remove
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
        <input aria-label="Jira address" placeholder="jira.example.com" value={input} onChange={(e) => setInput(e.target.value)} />{' '}
        <button type="submit" className="primary">
          Add
        </button>
      </form>
      {error ? <p className="error">{error}</p> : null}
    </section>
  );
}
