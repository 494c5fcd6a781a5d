/** Urgency: a deadline or a business stopped. Kept apart from anger: a calm customer can be urgent. */
import { group, groups } from './spec';

export const URGENCY = /* @__PURE__ */ groups(
  group('urgency', 8, [
    'production|prod|live|site|website|system|systems|server|servers|store|checkout|everything * is|are|went|goes down|offline',
    'business|operations|work|team|users|customers * stopped|halted|blocked|affected|impacted|standstill|cannot|can\'t',
    'emergency|showstopper|sev1|p1',
    'top|highest|high priority',
    'severity 1|one',
    'data loss',
    'lost|losing * data',
    'security breach|incident',
  ], { negation: 'cancel' }),
  group('urgency', 6, [
    'urgent|urgently|asap|critical|blocker|deadline|crucial',
    'as soon as possible',
    'time sensitive',
    'need|needs|needed * by|before * today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|eod|noon',
  ], { negation: 'cancel' }),
);
