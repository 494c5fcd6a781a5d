/**
 * A React root for component tests (happy-dom): `host` is one element for the file's tests,
 * `render` shows an element in a fresh root per test (inside `act`), unmounted after each test.
 */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach } from 'vitest';

export function mountReact(): { host: HTMLElement; render: (node: ReactNode) => Promise<void> } {
  const host = document.createElement('div');
  let root: Root | null = null;
  beforeAll(() => {
    document.body.append(host);
  });
  beforeEach(() => {
    if (!host.isConnected) document.body.append(host);
    root = createRoot(host);
  });
  afterEach(async () => {
    await act(() => root?.unmount());
    root = null;
  });
  return {
    host,
    render: (node) =>
      act(async () => {
        root!.render(node);
      }),
  };
}
