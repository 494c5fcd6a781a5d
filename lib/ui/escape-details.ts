/**
 * Escape closes the disclosure (`<details>`) the focus is in, and puts the focus on its summary,
 * on Keel's own pages. Controls that use Escape themselves (a select putting back its value, a
 * preview, an open reason) handle it first and stop it; this listens last, on the document.
 */
export function closeDetailsOnEscape(doc: Document = document): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const from = event.target instanceof Element ? event.target : null;
    const details = from?.closest('details[open]');
    if (!details) return;
    event.preventDefault();
    details.removeAttribute('open');
    details.querySelector<HTMLElement>(':scope > summary')?.focus();
  };
  doc.addEventListener('keydown', onKey);
  return () => doc.removeEventListener('keydown', onKey);
}
