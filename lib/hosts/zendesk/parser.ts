/** Worker half of the Zendesk desk (uses zod; never import from a content script). */
import type { DeskParser } from '../types';
import { parse } from './parse';

export const zendeskParser: DeskParser = { desk: 'zendesk', parse };
