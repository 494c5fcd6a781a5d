// @vitest-environment happy-dom
/**
 * The side panel's prefetch (lib/ui/panel-prefetch.ts) asks for its sections' reads by name before
 * any section's code has loaded: the list must be exactly what the sections ask for, or a section
 * would wait for a read of its own (one missing) or the worker would read for nobody (one extra).
 */
import { describe, expect, it } from 'vitest';
import { definedQueries } from '../../lib/ui/case-query';
import { PANEL_DRAFTS, PANEL_READS } from '../../lib/ui/panel-prefetch';
import { isBatchableRead } from '../../lib/messaging/server';
import { protocol } from '../../lib/messaging/protocol';

describe('the reads the side panel’s prefetch asks for', () => {
  it('are exactly the reads its sections make, each a read a batch may carry', async () => {
    await import('../../entrypoints/sidepanel/SidePanelApp');
    expect(definedQueries().sort()).toEqual([...PANEL_READS].sort());
    // Besides them, the ticket's drafts (lib/ui/draft.ts): a read a batch may carry too.
    for (const name of [...PANEL_READS, PANEL_DRAFTS]) {
      expect(isBatchableRead(name)).toBe(true);
      expect(protocol).toHaveProperty(name);
    }
  });
});
