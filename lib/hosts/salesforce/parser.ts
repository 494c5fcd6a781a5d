/** Worker half of the Salesforce desk (zod lives here, never in the page half). */
import type { DeskParser } from '../types';
import { parse } from './parse';

export const salesforceParser: DeskParser = { desk: 'salesforce', parse };
