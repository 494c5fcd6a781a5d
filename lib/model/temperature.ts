import { z } from 'zod/mini';

export const BANDS = ['calm', 'warm', 'hot', 'critical'] as const;
export type Band = (typeof BANDS)[number];

export const EvidenceSchema = z.object({
  /** Index into the thread's messages (oldest first), when the evidence is a message. */
  messageIndex: z.nullable(z.int().check(z.nonnegative())),
  /** The desk's message id, so a surface can scroll the host page to it. */
  messageId: z.nullable(z.string()),
  /** The exact span quoted from the message, or null for thread-level facts. */
  quote: z.nullable(z.string()),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const ReasonSchema = z.object({
  /** Machine code of the signal, e.g. "legal-threat", "waiting-vs-target". */
  code: z.string(),
  /** Plain words for the user: "waited 26 h against an 8 h target". */
  text: z.string(),
  /** Contribution to the score (can be negative for calming signals). */
  points: z.number(),
  evidence: z.array(EvidenceSchema),
});
export type Reason = z.infer<typeof ReasonSchema>;

/** What the scoring engine returns for a thread. */
export const TemperatureSchema = z.object({
  score: z.number().check(z.gte(0), z.lte(100)),
  band: z.enum(BANDS),
  /** Top reasons, most points first. */
  reasons: z.array(ReasonSchema),
  /** 'dynamics-only' when the words could not be read (language not covered). */
  coverage: z.enum(['words-and-dynamics', 'dynamics-only']),
  /** Caveats for the user, e.g. the language note. */
  notes: z.array(z.string()),
});
export type Temperature = z.infer<typeof TemperatureSchema>;

export const TrendSchema = z.object({
  previousScore: z.nullable(z.number()),
  delta: z.number(),
  direction: z.enum(['new', 'hotter', 'cooler', 'steady']),
  /** Plain-words differences against the previous reading: "new: churn threat", "SLA now breached". */
  changes: z.array(z.string()),
});
export type Trend = z.infer<typeof TrendSchema>;

/** A stored reading: one per change of a case's thread. */
export const TemperatureReadingSchema = z.extend(TemperatureSchema, {
  id: z.string(),
  caseKey: z.string(),
  at: z.iso.datetime({ offset: true }),
  trend: TrendSchema,
  messageCount: z.int().check(z.nonnegative()),
});
export type TemperatureReading = z.infer<typeof TemperatureReadingSchema>;

/**
 * Timeline kinds derived from the readings when the timeline is read (never stored): the
 * temperature moving from one band to another (see lib/model/timeline.ts).
 */
export const TEMPERATURE_EVENTS = {
  'band-changed': { from: 'band', to: 'band', score: 'text' },
} as const;
