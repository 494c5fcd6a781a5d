/** The Jira desk's worker half (zod). */
import type { DeskParser } from '../types';
import { parse } from './parse';

export const jiraParser: DeskParser = {
  desk: 'jira',
  parse,
};
