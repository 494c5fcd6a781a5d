/**
 * From per-message readings to the thread's word heat. Frustration persists: each signal family
 * counts its hottest message with a slow decay (by later customer messages and by age), a second
 * message in the same family adds a little, and an agent reply resets nothing. The latest customer
 * message counts for calming signals, and a calmer latest message cools the thread a little.
 */
import type { Evidence, Reason } from '../model/temperature';
import { quoteList, round1 } from './explain';
import { FAMILIES, MAX_FAMILIES } from './families';
import { CODE_INDEX, CODES } from './lexicon';
import type { MessageReading, SignalCode } from './types';

/** A scored customer message: its index in the thread, its reading, its decay weight. */
export interface ReadMessage {
  index: number;
  id: string | null;
  text: string;
  /** Milliseconds since epoch, or null when the message has no time. */
  at: number | null;
  reading: MessageReading;
  weight: number;
}

export interface WordHeat {
  heat: number;
  reasons: Reason[];
}

const families = FAMILIES;
const codeIndex = CODE_INDEX;
const codes = CODES;

const SECOND_SHARE = 0.3;
/** A calmer latest message can take off at most this share of the word heat. */
const MAX_COOLING = 0.2;

export function decayWeight(laterCustomerMessages: number, ageDays: number | null): number {
  const byCount = Math.max(0.6, Math.pow(0.94, laterCustomerMessages));
  const byAge = ageDays === null || ageDays <= 3 ? 1 : Math.max(0.6, 1 - (ageDays - 3) / 40);
  return byCount * byAge;
}

// Per-family scratch for one call: best and second-best weighted value and where they came from.
const best = /* @__PURE__ */ new Float64Array(MAX_FAMILIES);
const second = /* @__PURE__ */ new Float64Array(MAX_FAMILIES);
const bestAt: (ReadMessage | null)[] = /* @__PURE__ */ new Array<ReadMessage | null>(MAX_FAMILIES).fill(null);
const secondAt: (ReadMessage | null)[] = /* @__PURE__ */ new Array<ReadMessage | null>(MAX_FAMILIES).fill(null);

export function wordHeat(messages: readonly ReadMessage[], weights?: Readonly<Record<string, number>>): WordHeat {
  best.fill(0);
  second.fill(0);
  const latest = messages[messages.length - 1];
  for (const m of messages) {
    for (const f of m.reading.families) {
      const code = f.code;
      const family = families[code];
      if (family.calming && m !== latest) continue; // only the latest message calms
      const value = f.points * (family.calming ? 1 : m.weight) * (weights?.[code] ?? 1);
      const c = codeIndex.get(code)!;
      if (Math.abs(value) > Math.abs(best[c]!)) {
        second[c] = best[c]!;
        secondAt[c] = bestAt[c]!;
        best[c] = value;
        bestAt[c] = m;
      } else if (value > second[c]!) {
        second[c] = value;
        secondAt[c] = m;
      }
    }
  }
  const reasons: Reason[] = [];
  let heat = 0;
  for (let c = 0; c < codes.length; c++) {
    if (best[c] === 0) continue;
    const code = codes[c]!;
    const family = FAMILIES[code];
    const points = family.calming ? best[c]! : Math.min(family.cap * 1.25, best[c]! + SECOND_SHARE * second[c]!);
    heat += points;
    const evidence: Evidence[] = [];
    addEvidence(evidence, bestAt[c]!, code);
    if (second[c]! > 0 && !family.calming) addEvidence(evidence, secondAt[c]!, code);
    reasons.push(reasonFor(code, points, evidence));
  }
  bestAt.fill(null); // do not keep the last thread's messages alive between calls
  secondAt.fill(null);
  const cooling = coolingOf(messages, heat);
  if (cooling) {
    heat += cooling.points;
    reasons.push(cooling);
  }
  return { heat, reasons };
}

/** Quotes a reason shows. */
const MAX_EVIDENCE = 4;

/**
 * Appends `m`'s quotes of `code` to `into`, one at a time, up to MAX_EVIDENCE: a message may
 * hold thousands of hits, and a spread call takes each as an argument (bounded by the engine).
 */
function addEvidence(into: Evidence[], m: ReadMessage, code: SignalCode): void {
  for (const h of m.reading.hits) {
    if (into.length >= MAX_EVIDENCE) return;
    if (h.code === code) into.push({ messageIndex: m.index, messageId: m.id, quote: m.text.slice(h.start, h.end) });
  }
}

function reasonFor(code: SignalCode, points: number, evidence: Evidence[]): Reason {
  const quotes = quoteList(evidence);
  const label = FAMILIES[code].label;
  return { code, text: quotes ? `${label}: ${quotes}` : label, points: round1(points), evidence };
}

/** "cooler: latest customer message is calmer" when the last word is calmer than the hottest. */
function coolingOf(messages: readonly ReadMessage[], heat: number): Reason | null {
  if (messages.length < 2 || heat <= 0) return null;
  const latest = messages[messages.length - 1]!;
  let peak = 0;
  for (const m of messages) peak = Math.max(peak, m.reading.heat * m.weight);
  if (peak <= 0 || latest.reading.heat >= peak) return null;
  const share = MAX_COOLING * (1 - Math.max(0, latest.reading.heat) / peak);
  const points = -heat * share;
  if (points > -2) return null;
  return {
    code: 'cooling',
    text: 'cooler: the latest customer message is calmer',
    points: round1(points),
    evidence: [{ messageIndex: latest.index, messageId: latest.id, quote: null }],
  };
}
