/** scoreThread: read the customer's messages, add the thread's dynamics, explain the result. */
import type { Reason, Temperature } from '../model/temperature';
import { bandFor, criticalCombination, DEFAULT_THRESHOLDS, pointsFor, scoreFromPoints } from './bands';
import { caseReasons } from './dynamics/case-events';
import { promiseReasons } from './dynamics/promises';
import { replyReasons } from './dynamics/replies';
import { trajectoryReason } from './dynamics/trajectory';
import { rankReasons, round1 } from './explain';
import { timeOf, type ScoreOptions, type ThreadInput } from './input';
import { PACKS } from './languages/index';
import { readMessage, SLICE } from './message';
import { decayWeight, wordHeat, type ReadMessage } from './thread';

const DAY = 86_400_000;
export const DEFAULT_REPLY_TARGET_MINUTES = 480;
/** Word heat from which an agent's silence counts against the thread. */
const HEATED_THREAD = 10;

export function scoreThread(input: ThreadInput, options: ScoreOptions): Temperature {
  const now = options.now.getTime();
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const messages = input.messages;

  let customers = 0;
  for (const m of messages) if (m.role === 'customer' && m.public !== false) customers++;
  const read: ReadMessage[] = [];
  const unread: string[] = [];
  const truncated: number[] = [];
  let seen = 0;
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i]!;
    if (m.role !== 'customer' || m.public === false) continue;
    seen++;
    const reading = readMessage(m.text);
    if (reading.truncated) truncated.push(i);
    if (reading.language === 'not-covered') {
      unread.push(reading.languageName ?? 'another language');
      continue;
    }
    if (reading.language === 'empty') continue;
    const at = timeOf(m.at);
    const age = at === null ? null : (now - at) / DAY;
    read.push({ index: i, id: m.id ?? null, text: m.text, at, reading, weight: decayWeight(customers - seen, age) });
  }

  const words = wordHeat(read, options.familyWeights);
  const target = options.replyTargetMinutes ?? DEFAULT_REPLY_TARGET_MINUTES;
  const reasons: Reason[] = [...words.reasons, ...replyReasons(input, read, now, target, words.heat >= HEATED_THREAD), ...caseReasons(input, now), ...promiseReasons(input, now)];
  foldChase(reasons);
  const hotter = trajectoryReason(read);
  if (hotter) reasons.push(hotter);

  let raw = 0;
  for (const r of reasons) raw += r.points;
  let score = scoreFromPoints(raw);
  const notes: string[] = [];
  const critical = criticalCombination(reasons);
  if (critical) {
    const floor = Math.min(100, thresholds.critical);
    if (score < floor) {
      reasons.push({ code: 'critical-combination', text: critical, points: round1(pointsFor(floor) - raw), evidence: [] });
      score = floor;
    }
    notes.push(critical);
  }
  const dynamicsOnly = customers > 0 && read.length === 0 && unread.length > 0;
  if (unread.length > 0) notes.push(languageNote(unread, customers, dynamicsOnly));
  if (truncated.length > 0) notes.push(sliceNote(truncated));
  return {
    score,
    band: bandFor(score, thresholds),
    reasons: rankReasons(reasons, options.maxReasons ?? 5),
    coverage: dynamicsOnly ? 'dynamics-only' : 'words-and-dynamics',
    notes,
  };
}

/** "3rd 'any update?'" already says the customer asks for updates: one reason, both weights. */
function foldChase(reasons: Reason[]): void {
  const repeated = reasons.find((r) => r.code === 'repeated-chase');
  const single = reasons.findIndex((r) => r.code === 'update-chase');
  if (!repeated || single < 0) return;
  repeated.points = round1(repeated.points + reasons[single]!.points);
  reasons.splice(single, 1);
}

function languageNote(names: readonly string[], customers: number, all: boolean): string {
  const distinct = [...new Set(names)];
  const which = distinct.length === 1 ? distinct[0]! : `${distinct.slice(0, -1).join(', ')} or ${distinct[distinct.length - 1]}`;
  if (all) {
    return `The customer writes in ${which}, which Keel does not read (it reads ${readLanguages()}): this score comes from thread dynamics only (waiting, SLA, reopens), not from their words.`;
  }
  return `${names.length} of ${customers} customer messages are in ${which}, which Keel does not read: their words were not scored.`;
}

function readLanguages(): string {
  return `English, ${PACKS.map((p) => p.name).slice(0, -1).join(', ')} and ${PACKS[PACKS.length - 1]!.name}`;
}

function sliceNote(truncated: readonly number[]): string {
  const which = truncated.length === 1 ? `Message ${truncated[0]! + 1} is` : `${truncated.length} messages are`;
  return `${which} very long: Keel scored the first ${SLICE.head.toLocaleString('en-US')} and last ${SLICE.tail.toLocaleString('en-US')} characters of each.`;
}
