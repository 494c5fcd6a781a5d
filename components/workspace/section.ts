import { createElement, lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import type { TicketLocation } from '@/lib/model/case-ref';

/** What the workspace gives every section: the ticket in the followed tab, and the time. */
export interface SectionProps {
  ticket: TicketLocation;
  /** The tab showing the ticket (for actions done through the page: refresh, post a note, scroll to a message). */
  tabId: number | null;
  /** The tab's title: a name for the ticket before the desk is read. */
  pageTitle: string | null;
  now: Date;
}

/**
 * A workspace section: the one component of a domain that binds its messages (through the
 * domain's hook in lib/ui/<domain>.ts) and renders the domain's props-in, callbacks-out
 * components. Registered in `sections.ts`.
 */
export type WorkspaceSection = ComponentType<SectionProps>;

/**
 * A section whose code is loaded when it is first shown, not with the panel: for sections that
 * bring a large library (updates: the template engine and Markdown), so that the panel's first
 * render does not wait for code it does not need yet. Its code is asked for only once the panel
 * has drawn its first frame (a chunk that arrived sooner was run before that frame, delaying every
 * section), and shows nothing until it is there; once loaded, it shows at once.
 */
export function lazySection(load: () => Promise<WorkspaceSection>): WorkspaceSection {
  let loaded = false;
  const Loaded = lazy(async () => {
    const section = await load();
    loaded = true;
    return { default: section };
  });
  return function LazySection(props: SectionProps) {
    const [shown, setShown] = useState(loaded);
    useEffect(() => {
      if (shown) return undefined;
      // Effects run once the first frame is drawn; the task after them asks for the code.
      const later = setTimeout(() => setShown(true), 0);
      return () => clearTimeout(later);
    }, [shown]);
    return shown ? createElement(Suspense, { fallback: null }, createElement(Loaded, props)) : null;
  };
}
