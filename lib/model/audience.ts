/**
 * Who a status update is written for. Updates (one draft per audience) and cadence (when each
 * audience is owed its next update) both key by it; the words are in lib/ui/labels.ts.
 */
import { z } from 'zod/mini';

export const AUDIENCES = ['customer-technical', 'customer-executive', 'leadership', 'engineering', 'internal-note'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const AudienceSchema = z.enum(AUDIENCES);
