/** Risks and contingencies of an escalation (lib/db/records.ts). */
import { recordRepository } from '../records';
import { RiskSchema, type Risk } from '../../model/risk';

export const riskRepository = recordRepository<Risk>('risk', RiskSchema);
