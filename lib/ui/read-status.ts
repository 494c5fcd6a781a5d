/** Plain-words state of the last read of a ticket, for every surface. Pure: `now` is passed in. */
import type { ReadState } from '../model/case-record';
import { clockTime, relative, shortDuration } from '../format/time';
import { STALE_READING_MS } from '../hosts/timeouts';

export type ReadTone = 'ok' | 'busy' | 'warn' | 'error';

export interface ReadStatusText {
  tone: ReadTone;
  /** Short, for the strip: "read 2 min ago", "rate-limited". */
  short: string;
  /** Full sentence for the panel. */
  text: string;
}

function kept(read: ReadState): string {
  return read.lastGoodAt ? ` Showing what was read ${relative(read.lastGoodAt, new Date(Date.parse(read.at)))} (${clockTime(read.lastGoodAt)}).` : '';
}

export function describeRead(read: ReadState | null, now: Date): ReadStatusText {
  if (!read) return { tone: 'busy', short: 'not read yet', text: 'Keel has not read this ticket yet.' };
  if (read.status === 'reading') {
    // Every read ends within its budget; one still "reading" after it will not finish (the tab
    // was closed mid-read, the page was frozen): say so, and let Refresh start a new one.
    if (now.getTime() - Date.parse(read.at) > STALE_READING_MS) {
      return { tone: 'warn', short: 'read stalled', text: `A read started ${relative(read.at, now)} and did not finish. Press Refresh to read the ticket again.${kept(read)}` };
    }
    return { tone: 'busy', short: 'reading…', text: `Reading the ticket from the desk…${kept(read)}` };
  }
  if (read.status === 'read') {
    const when = relative(read.at, now);
    if (read.source === 'dom') {
      const why = read.failure ? ` (the desk's API was unavailable: ${read.failure.message})` : '';
      return { tone: 'warn', short: `read from the page ${when}`, text: `Read from the page ${when}${why}. Some details (SLA, history) may be missing.` };
    }
    return { tone: 'ok', short: `read ${when}`, text: `Read from the desk ${when} (${clockTime(read.at)}).` };
  }
  const f = read.failure;
  if (!f) return { tone: 'error', short: 'read failed', text: `The last read failed.${kept(read)}` };
  const retry = read.retryAt && Date.parse(read.retryAt) > now.getTime() ? ` Keel will try again ${relative(read.retryAt, now)}.` : '';
  switch (f.kind) {
    case 'signed-out':
      return { tone: 'error', short: 'signed out', text: `Signed out: ${f.message}.${kept(read)}` };
    case 'rate-limited':
      return { tone: 'warn', short: `rate-limited, retry in ${read.retryAt ? shortDuration(Date.parse(read.retryAt) - now.getTime()) : 'a minute'}`, text: `The desk is rate-limiting requests.${retry}${kept(read)}` };
    case 'quota-guard':
      return { tone: 'warn', short: 'quota guard on', text: `${f.message}${kept(read)}` };
    case 'bad-shape':
      return { tone: 'error', short: 'unexpected answer', text: `Could not read this ticket: the desk answered with an unexpected shape (${f.path ? `${f.path}: ` : ''}${f.message}).${kept(read)}` };
    case 'not-found':
      return { tone: 'error', short: 'not found', text: `The desk says this ticket is not there (deleted, merged, or no access): ${f.message}.${kept(read)}` };
    default:
      return { tone: 'error', short: 'read failed', text: `Could not read the ticket: ${f.message}.${retry}${kept(read)}` };
  }
}
