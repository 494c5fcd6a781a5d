import { t } from '@/lib/i18n';
import type { Unanswered as Question } from '@/lib/model/prompt';
import { clockTime } from '@/lib/format/time';

export interface UnansweredProps {
  questions: readonly Question[];
  /** Scroll the desk page to the message; resolves false when the page cannot. */
  onShowInPage: (message: { id: string; at: string }) => Promise<boolean>;
}

/** The customer's questions and asks that no agent reply has addressed, newest last, each with its words. */
export function Unanswered({ questions, onShowInPage }: UnansweredProps) {
  return (
    <section className="prompt-unanswered" aria-labelledby="prompt-unanswered-title">
      <h3 id="prompt-unanswered-title">
        {t('promptUnansweredLabel')} {questions.length ? <span className="count">{questions.length}</span> : null}
      </h3>
      {questions.length === 0 ? (
        <p className="muted">{t('promptUnansweredNone')}</p>
      ) : (
        <ol>
          {questions.map((q) => (
            <li key={`${q.messageId}-${q.start}`} data-kind={q.kind} data-acknowledged={q.acknowledged}>
              <q>{q.quote}</q>
              <span className="muted">
                {' '}
                {t('promptUnansweredAsked', { time: clockTime(q.at) })}
                {q.kind === 'update' && q.times > 1 ? ` · ${t('promptUnansweredTimes', { count: q.times })}` : ''}
                {q.acknowledged ? ` · ${t('promptUnansweredAcknowledged')}` : ''}
              </span>{' '}
              <button type="button" className="small link" onClick={() => void onShowInPage({ id: q.messageId, at: q.at })}>
                {t('promptShowInPage')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
