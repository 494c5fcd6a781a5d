// @vitest-environment happy-dom
/** A storage problem reaches the strip and the other surfaces in plain words, with what to do. */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { Strip } from './Strip';
import { StorageNotice } from './StorageNotice';
import { describeStorageProblem } from '@/lib/ui/storage';
import type { CaseView } from '@/lib/messaging/protocol';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function render(node: React.ReactNode): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  act(() => createRoot(host).render(node));
  return host;
}

const ticket = { desk: 'zendesk' as const, host: 'acme.zendesk.com', ticketId: '42', url: 'https://acme.zendesk.com/agent/tickets/42' };
const view = (over: Partial<CaseView>): CaseView => ({ tabId: 1, ticket, pageTitle: 'Broken', escalation: null, snapshot: null, read: null, readings: [], notice: null, ...over });

describe('storage problems on the surfaces', () => {
  it('the strip names a full disk and what to do', () => {
    const host = render(<Strip view={view({ storage: { kind: 'quota', at: '2026-03-01T10:00:00.000Z' } })} now={new Date()} layout={{ corner: 'bottom-right', collapsed: false }} onLayout={() => undefined} onEscalate={() => undefined} onOpenWorkspace={() => undefined} />);
    expect(host.querySelector('.strip-storage')?.textContent).toMatch(/^Keel cannot save anything new: the browser has no room left for its data\. .*Options → Storage/);
  });

  it('the strip shows why it could not load the ticket (a newer Keel’s data) instead of a bare "Keel"', () => {
    const error = describeStorageProblem({ kind: 'newer-version', at: '2026-03-01T10:00:00.000Z', stored: 9, supported: 5 });
    const host = render(<Strip view={null} error={error} now={new Date()} layout={{ corner: 'bottom-right', collapsed: false }} onLayout={() => undefined} onEscalate={() => undefined} onOpenWorkspace={() => undefined} />);
    expect(host.querySelector('[role="alert"]')?.textContent).toBe(
      "Keel's data was saved by a newer version of Keel (data version 9; this Keel reads up to version 5). This happens after going back to an older Keel. Update Keel to its latest version to see and change your escalations again: nothing has been changed or deleted.",
    );
  });

  it('the notice offers "Try again" for a full disk, and shows nothing without a problem', () => {
    const tryAgain = vi.fn();
    const host = render(<StorageNotice text="No room." canRetry onTryAgain={tryAgain} />);
    act(() => host.querySelector('button')!.click());
    expect(tryAgain).toHaveBeenCalledOnce();
    expect(render(<StorageNotice text={null} />).textContent).toBe('');
  });
});
