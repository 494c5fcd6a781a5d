/** Is the customer getting hotter over the thread? (Cooling is handled with the word heat.) */
import type { Reason } from '../../model/temperature';
import type { ReadMessage } from '../thread';

const HOTTER_POINTS = 5;

export function trajectoryReason(read: readonly ReadMessage[]): Reason | null {
  if (read.length < 3) return null;
  const latest = read[read.length - 1]!;
  let sum = 0;
  let max = -Infinity;
  for (let k = 0; k < read.length - 1; k++) {
    sum += read[k]!.reading.heat;
    max = Math.max(max, read[k]!.reading.heat);
  }
  const mean = sum / (read.length - 1);
  if (latest.reading.heat < max || latest.reading.heat - mean < 10) return null;
  return {
    code: 'heating-up',
    text: 'getting hotter: the latest customer message is the hottest yet',
    points: HOTTER_POINTS,
    evidence: [{ messageIndex: latest.index, messageId: latest.id, quote: null }],
  };
}
