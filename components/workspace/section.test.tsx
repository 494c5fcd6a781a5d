// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { mountReact } from '../../test/harness/react';
import { lazySection, type SectionProps } from './section';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const props = { ticket: { desk: 'zendesk', host: 'acme.zendesk.com', ticketId: '7', url: 'https://acme.zendesk.com/agent/tickets/7' }, tabId: 1, pageTitle: null, now: new Date() } as SectionProps;

describe('a section whose code loads on demand', () => {
  const { host, render } = mountReact();

  it('asks for its code only after the panel has drawn, then shows; once loaded, it shows from the first render', async () => {
    let asked = 0;
    const Lazy = lazySection(async () => {
      asked++;
      return function Updates() {
        return <p className="updates">Updates</p>;
      };
    });
    // The render (and its commit) asks for nothing: the panel's first frame does not wait for it.
    await act(async () => {
      await render(<Lazy {...props} />);
    });
    expect(host.querySelector('.updates')).toBeNull();
    await act(() => new Promise((settled) => setTimeout(settled, 10)));
    expect(asked).toBe(1);
    expect(host.querySelector('.updates')?.textContent).toBe('Updates');
    // Another ticket's workspace: the code is there, so the section shows at once.
    await render(<Lazy {...props} key="again" />);
    expect(host.querySelector('.updates')?.textContent).toBe('Updates');
    expect(asked).toBe(1);
  });
});
