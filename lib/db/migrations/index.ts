import { initial } from './001-initial';
import { caseSnapshots } from './002-case-snapshots';
import { activeList } from './003-active-list';
import { timelineKinds } from './004-timeline-kinds';
import { lifecycle } from './005-lifecycle';
import { updates } from './006-updates';
import { cadence } from './007-cadence';
import { plan } from './008-plan';
import { prompts } from './009-prompts';
import { quarantine } from './010-quarantine';
import type { Migration } from './types';

/** Every schema step, in order. Append only: never edit a migration that has shipped. */
export const MIGRATIONS: readonly Migration[] = [initial, caseSnapshots, activeList, timelineKinds, lifecycle, updates, cadence, plan, prompts, quarantine];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export function checkMigrations(list: readonly Migration[] = MIGRATIONS): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
}
