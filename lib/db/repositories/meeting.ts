/** The recurring escalation call and the meetings held, with their notes (lib/db/records.ts). */
import { recordRepository } from '../records';
import { MeetingSchema, type Meeting } from '../../model/meeting';

export const meetingRepository = recordRepository<Meeting>('meeting', MeetingSchema);
