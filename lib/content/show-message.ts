/** Scroll the desk page to a message and flash it, if the desk's locator finds it. */
export type MessageLocator = (doc: Document, ticketId: string, message: { id: string; at: string }) => Element | null;

export function showMessage(locate: MessageLocator, ticketId: string, message: { id: string; at: string }): boolean {
  const el = locate(document, ticketId, message);
  if (!el) return false;
  el.scrollIntoView({ behavior: 'smooth', block: 'center' });
  const target = el as HTMLElement;
  const before = target.style.outline;
  target.style.outline = '3px solid #ffb000';
  setTimeout(() => (target.style.outline = before), 2500);
  return true;
}
