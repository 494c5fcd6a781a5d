/**
 * Drafts: text a user has typed into a form of the workspace but not yet added (a new plan
 * item's title, a timeline note, a stakeholder's name…). Each is saved as it is typed, by the
 * worker, so it survives closing the panel, the tab or the browser. One per ticket and slot
 * (`plan.item.title`); an empty draft is deleted.
 */
import { z } from 'zod/mini';
import { IsoTimeSchema } from './record';

export const DRAFT_MAX = 20_000;

/** A form field: `<domain>.<form>.<field>` ("plan.item.title", "timeline.note.text"). */
export const DraftSlotSchema = z.string().check(z.regex(/^[a-z][a-z-]*(?:\.[a-z][a-z-]*){1,3}$/, 'a slot is domain.form.field'), z.maxLength(80));

export const DraftSchema = z.object({
  /** `<caseKey>|<slot>`. */
  id: z.string().check(z.minLength(1)),
  caseKey: z.string().check(z.minLength(1)),
  slot: DraftSlotSchema,
  text: z.string().check(z.maxLength(DRAFT_MAX)),
  at: IsoTimeSchema,
});
export type Draft = z.infer<typeof DraftSchema>;

export function draftId(caseKey: string, slot: string): string {
  return `${caseKey}|${slot}`;
}
