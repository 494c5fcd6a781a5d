/**
 * The worker half of the desk registry: each desk's parser (zod: raw responses → CaseSnapshot)
 * and how its saved responses are read back (`npm run snapshot`). Worker and Node tools only;
 * content scripts never import it (lint-enforced). The page-safe half is `registry.ts`.
 */
import type { Desk } from './registry';
import type { DeskParser } from './types';
import { zendeskParser } from './zendesk/parser';
import { jiraParser } from './jira/parser';
import { salesforceParser } from './salesforce/parser';

export const DESK_PARSERS: { readonly [D in Desk]: DeskParser<D> } = {
  zendesk: zendeskParser,
  jira: jiraParser,
  salesforce: salesforceParser,
};

export function parserFor(desk: Desk): DeskParser {
  return DESK_PARSERS[desk];
}
