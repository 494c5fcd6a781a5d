/**
 * The worker's answers to every protocol message: one file per domain, combined into one table
 * whose type (`Handlers`) requires a handler for every message. Business rules live in lib/db,
 * lib/cases and lib/model; handlers resolve tabs and senders, call them, and tell open surfaces
 * what changed.
 */
import { systemClock } from '../../model/clock';
import { domainEvents } from '../domain-events';
import type { Handlers } from '../../messaging/server';
import type { WorkerDeps } from './deps';
import { escalationHandlers } from './escalation';
import { noteHandlers } from './note';
import { readHandlers } from './read';
import { snapshotHandlers } from './snapshot';
import { tabHandlers } from './tab';
import { temperatureHandlers } from './temperature';
import { timelineHandlers } from './timeline';
import { viewHandlers } from './view';
import { storageHandlers } from './storage';
import { settingsHandlers } from './settings';

export type { WorkerDeps } from './deps';

export function createHandlers(deps: WorkerDeps = { clock: systemClock, events: domainEvents }): Handlers {
  return {
    ...escalationHandlers(deps),
    ...timelineHandlers(),
    ...temperatureHandlers(deps),
    ...snapshotHandlers(),
    ...readHandlers(deps),
    ...noteHandlers(deps),
    ...tabHandlers(deps),
    ...viewHandlers(),
    ...storageHandlers(deps),
    ...settingsHandlers(),
  };
}
