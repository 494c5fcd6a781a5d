/** The people of an escalation (lib/db/records.ts). */
import { recordRepository } from '../records';
import { StakeholderSchema, type Stakeholder } from '../../model/stakeholder';

export const stakeholderRepository = recordRepository<Stakeholder>('stakeholder', StakeholderSchema);
