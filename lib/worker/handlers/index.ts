/**
 * The worker's answers to every protocol message: one file per domain, combined into one table
 * whose type (`Handlers`) requires a handler for every message. Business rules live in lib/db,
 * lib/cases and lib/model; handlers resolve tabs and senders, call them, and tell open surfaces
 * what changed.
 */
import { systemClock } from '../../model/clock';
import { domainEvents } from '../domain-events';
import { promptActions } from '../prompt-actions';
import type { Handlers } from '../../messaging/server';
import type { WorkerDeps } from './deps';
import { cadenceHandlers } from './cadence';
import { draftHandlers } from './draft';
import { escalationHandlers } from './escalation';
import { factsheetHandlers } from './factsheet';
import { meetingHandlers } from './meeting';
import { noteHandlers } from './note';
import { planHandlers } from './plan';
import { promiseHandlers } from './promise';
import { replyHandlers } from './reply';
import { promptHandlers } from './prompt';
import { readHandlers } from './read';
import { riskHandlers } from './risk';
import { snapshotHandlers } from './snapshot';
import { stakeholderHandlers } from './stakeholder';
import { stripHandlers } from './strip';
import { tabHandlers } from './tab';
import { temperatureHandlers } from './temperature';
import { timelineHandlers } from './timeline';
import { updateHandlers } from './update';
import { viewHandlers } from './view';
import { storageHandlers } from './storage';
import { settingsHandlers } from './settings';

export type { WorkerDeps } from './deps';

export function createHandlers(deps: WorkerDeps = { clock: systemClock, events: domainEvents, promptActions }): Handlers {
  const table: Handlers = {
    ...escalationHandlers(deps),
    ...timelineHandlers(deps),
    ...temperatureHandlers(deps),
    ...snapshotHandlers(),
    ...readHandlers(deps),
    ...noteHandlers(deps),
    ...tabHandlers(deps),
    ...viewHandlers(deps, () => table),
    ...stripHandlers(),
    ...factsheetHandlers(deps),
    ...updateHandlers(deps),
    ...cadenceHandlers(deps),
    ...promiseHandlers(deps),
    ...planHandlers(deps),
    ...stakeholderHandlers(deps),
    ...riskHandlers(deps),
    ...meetingHandlers(deps),
    ...draftHandlers(deps),
    ...promptHandlers(deps),
    ...replyHandlers(deps),
    ...storageHandlers(deps),
    ...settingsHandlers(),
  };
  return table;
}
