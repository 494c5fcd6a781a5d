import { unwrap } from 'idb';
import type { Migration } from './types';

/** A timeline row as versions 1–3 stored it: one English sentence per event. */
interface V3Event {
  id: string;
  escalationId: string;
  at: string;
  kind: string;
  text: string;
}

type V4Facts = Record<string, string | null>;

const unset = (value: string) => (value === 'unset' ? null : value);

/** Old kind → new kind, and the facts read back out of the sentence versions 1–3 wrote. */
const READERS: Record<string, { kind: string; read: (text: string) => V4Facts | null }> = {
  created: {
    kind: 'escalation.created',
    read: (text) => {
      const m = /^Escalated (\S+) ticket (.+)$/.exec(text);
      return m ? { desk: m[1]!, ticket: m[2]! } : null;
    },
  },
  'state-changed': {
    kind: 'escalation.state-changed',
    read: (text) => {
      const m = /^State (\S+) → (\S+)$/.exec(text);
      return m ? { from: m[1]!, to: m[2]! } : null;
    },
  },
  'severity-changed': {
    kind: 'escalation.severity-changed',
    read: (text) => {
      const m = /^Severity (\S+) → (\S+)$/.exec(text);
      return m ? { from: unset(m[1]!), to: unset(m[2]!) } : null;
    },
  },
  note: {
    kind: 'note.posted',
    read: (text) => {
      const m = /^Internal note posted on the ticket: “([\s\S]*)”$/.exec(text);
      return { excerpt: m ? m[1]! : text };
    },
  },
};

/** One v3 row as v4 stores it. Exported for its test. */
export function upgradeEvent(row: V3Event): { id: string; escalationId: string; at: string; kind: string; by: string; facts: V4Facts } {
  const reader = READERS[row.kind];
  const facts = reader?.read(row.text ?? '');
  const { text: _text, ...rest } = row;
  if (reader && facts) return { ...rest, kind: reader.kind, by: 'me', facts };
  // A kind no domain claims, or a sentence in an unknown shape: keep the words as they were.
  return { ...rest, kind: 'keel.legacy', by: 'keel', facts: { text: row.text ?? '' } };
}

/**
 * v4: timeline events name their domain (`escalation.state-changed`, `note.posted`), say who
 * did it, and store facts instead of an English sentence, so every domain can add its own kinds
 * and the surfaces word them in the user's language. Every stored event is rewritten in place;
 * none is dropped. Irreversible: the old sentences are not kept (each is re-worded from its
 * facts, or kept verbatim as a `keel.legacy` event).
 */
export const timelineKinds: Migration = {
  version: 4,
  name: 'timeline-kinds',
  irreversible: true,
  upgrade(_db, tx) {
    const timeline = unwrap(tx.objectStore('timeline')) as IDBObjectStore;
    const request = timeline.openCursor();
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return;
      const row = cursor.value as V3Event & { facts?: unknown };
      if (row.facts === undefined) cursor.update(upgradeEvent(row));
      cursor.continue();
    };
  },
};
