import { t } from '@/lib/i18n';
import { useJiraHosts } from '@/lib/ui/jira-hosts';
import { JiraHosts } from './JiraHosts';

/** Options: self-hosted Jira Data Center domains, each asked for when added. */
export function JiraHostsOptions() {
  const { hosts, granted, notice, error, add, remove } = useJiraHosts();
  if (error) return <p className="error" role="alert">{error}</p>;
  if (!hosts) return <p className="muted">{t('loading')}</p>;
  return (
    <>
      <JiraHosts hosts={hosts} granted={granted} onAdd={add} onRemove={remove} />
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
    </>
  );
}
