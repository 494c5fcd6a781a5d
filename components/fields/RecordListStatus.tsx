/**
 * The end of a workspace record list (plan, stakeholders, risks, meetings): the worker's refusal
 * as an alert, and the last change said politely to screen readers (`useRecordList`'s `said`).
 */
export function RecordListStatus({ error, said }: { error: string | null; said: string }) {
  return (
    <>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </>
  );
}
