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
import { cadenceHandlers } from './cadence';
import { escalationHandlers } from './escalation';
import { factsheetHandlers } from './factsheet';
import { noteHandlers } from './note';
import { promiseHandlers } from './promise';
import { readHandlers } from './read';
import { snapshotHandlers } from './snapshot';
import { stripHandlers } from './strip';
import { tabHandlers } from './tab';
import { temperatureHandlers } from './temperature';
import { timelineHandlers } from './timeline';
import { updateHandlers } from './update';
import { viewHandlers } from './view';

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
    ...stripHandlers(),
    ...factsheetHandlers(deps),
    ...updateHandlers(deps),
    ...cadenceHandlers(deps),
    ...promiseHandlers(deps),
  };
}
