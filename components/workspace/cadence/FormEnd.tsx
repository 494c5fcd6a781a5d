import { t } from '@/lib/i18n';

/** The end of a cadence form: its problem (an alert, `id` for the field's aria-describedby), then submit and Cancel. */
export function FormEnd({ error, errorId, submit, onCancel }: { error: string | null; errorId?: string; submit: string; onCancel: () => void }) {
  return (
    <>
      {error ? (
        <p className="error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
      <div className="row">
        <button type="submit" className="primary small">
          {submit}
        </button>
        <button type="button" className="small" onClick={onCancel}>
          {t('cadenceCancel')}
        </button>
      </div>
    </>
  );
}
