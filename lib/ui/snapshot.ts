/** The ticket as the desk knows it (its last good snapshot), for the workspace's header and facts. */
import { caseQuery } from './case-query';

export const useSnapshot = caseQuery('getSnapshot', ['snapshot']);
