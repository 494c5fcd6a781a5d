/**
 * The in-page strip's place on the desk page, remembered per desk: which corner it sits in and
 * whether it is collapsed to its band. Kept in the settings (`storage.local`, written by the
 * worker), never in the desk page's own storage.
 */
import { z } from 'zod/mini';

/** Clockwise from the default corner: "Move" takes the strip to the next one. */
export const STRIP_CORNERS = ['bottom-right', 'bottom-left', 'top-left', 'top-right'] as const;
export type StripCorner = (typeof STRIP_CORNERS)[number];

export const StripLayoutSchema = z.object({
  corner: z.enum(STRIP_CORNERS),
  collapsed: z.boolean(),
});
export type StripLayout = z.infer<typeof StripLayoutSchema>;

export const DEFAULT_STRIP_LAYOUT: StripLayout = { corner: 'bottom-right', collapsed: false };

/** The corner "Move" goes to from `corner`. */
export function nextCorner(corner: StripCorner): StripCorner {
  return STRIP_CORNERS[(STRIP_CORNERS.indexOf(corner) + 1) % STRIP_CORNERS.length]!;
}
