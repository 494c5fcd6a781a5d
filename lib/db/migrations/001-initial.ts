import type { Migration } from './types';

/** v1: escalations, their timeline, and temperature readings. */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  upgrade(db) {
    const escalations = db.createObjectStore('escalations', { keyPath: 'id' });
    // One escalation per ticket: escalating the same ticket twice finds the first one.
    escalations.createIndex('by-ticket', ['desk', 'host', 'ticketId'], { unique: true });
    escalations.createIndex('by-case', 'caseKey', { unique: true });
    escalations.createIndex('by-state', 'state');
    escalations.createIndex('by-next-update', 'nextUpdateDueAt');

    const timeline = db.createObjectStore('timeline', { keyPath: 'id' });
    timeline.createIndex('by-escalation-time', ['escalationId', 'at']);

    const readings = db.createObjectStore('readings', { keyPath: 'id' });
    readings.createIndex('by-case-time', ['caseKey', 'at']);
  },
};
