/**
 * Strip: the in-page strip's place on the desk page (corner, collapsed), remembered per desk. The
 * desk is always the worker's finding from the sender's tab, never named in the payload.
 */
import { z } from 'zod/mini';
import { StripLayoutSchema } from '../../model/strip';
import { domain } from './define';

export const strip = domain({
  messages: {
    /** Where the strip sits on the sender's desk: the content script (placing the frame) and the strip itself. */
    getStripLayout: {
      from: ['content', 'extension'],
      request: () => z.object({}),
      response: () => StripLayoutSchema,
    },
    /** The user moved or collapsed the strip (sent by the strip, in its desk tab): remembered for that desk. */
    setStripLayout: {
      from: ['extension'],
      request: () => z.object({ layout: StripLayoutSchema }),
      response: () => StripLayoutSchema,
    },
  },
});
