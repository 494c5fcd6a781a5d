import { t } from '@/lib/i18n';
import type { Escalation } from '@/lib/model/escalation';
import { EscalationRow } from './EscalationRow';
import { VirtualList } from './VirtualList';
import './active-list.css';

export interface ActiveListProps {
  /** Matching escalations (after the search) and all active ones. */
  total: number;
  all: number;
  /** The row at an index, when its page has arrived. */
  rowAt: (index: number) => Escalation | undefined;
  now: Date;
  query: string;
  onQuery: (query: string) => void;
  onRange: (first: number, last: number) => void;
  onOpen: (escalation: Escalation) => void;
  height: number;
}

/** Every active escalation, most urgent first, with a search box; rows arrive page by page. */
export function ActiveList({ total, all, rowAt, now, query, onQuery, onRange, onOpen, height }: ActiveListProps) {
  return (
    <div className="active-list">
      <input
        className="search"
        type="search"
        placeholder={t('listSearchPlaceholder')}
        aria-label={t('listSearchLabel')}
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        autoFocus
      />
      <div className="count" aria-live="polite">
        {query.trim() ? t('listMatching', { total, all }) : t.plural('listActive', all)}
      </div>
      {total === 0 ? (
        <p className="empty">{all === 0 ? t('listEmpty') : t('listNoMatch')}</p>
      ) : (
        <VirtualList
          count={total}
          rowHeight={58}
          height={height}
          label={t('listLabel')}
          onRangeChange={onRange}
          rowKey={(i) => rowAt(i)?.id ?? `row-${i}`}
          renderRow={(i) => {
            const e = rowAt(i);
            return e ? <EscalationRow escalation={e} now={now} onOpen={onOpen} /> : <div className="esc-row esc-loading" aria-busy="true" />;
          }}
        />
      )}
    </div>
  );
}
