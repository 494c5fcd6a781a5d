/**
 * The reads the side panel makes of a ticket as it opens, in one batch: named here, in plain
 * values, for the panel's prefetch script (lib/ui/panel-prefetch.ts, no framework and no zod) and
 * for the worker, which starts the same batch when it opens the panel itself (the strip's button,
 * the keyboard shortcut) so that the panel's first question is answered from memory.
 */

/**
 * The reads the side panel's sections make of a ticket when they first show it, in the order
 * they are asked for: every `caseQuery` of the panel (a test keeps this list and the sections'
 * queries the same).
 */
export const PANEL_READS = [
  'getEscalation',
  'getLinks',
  'getSnapshot',
  'getFactSheet',
  'getPromises',
  'getPrompts',
  'getReadState',
  'getMeetings',
  'getPlan',
  'getRisks',
  'getStakeholders',
  'getTemperature',
  'getTimeline',
  'getCadence',
] as const;

/**
 * Asked for with the sections' reads: the ticket's drafts (lib/ui/draft.ts), which the panel's
 * first render waits for too, so that its fields show what was typed from the start.
 */
export const PANEL_DRAFTS = 'getDrafts' as const;

/** Every read the panel asks for as it opens, in order. */
export const PANEL_OPEN_READS: readonly string[] = [...PANEL_READS, PANEL_DRAFTS];
