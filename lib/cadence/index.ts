/** Keel's update-cadence engine: when each audience is owed its next update. Pure (`now` and times passed in). */
export { addBusinessMinutes, addWallDays, isOpen, isTimeZone, minutesOfDay, nextOpening, type BusinessHours } from './hours';
export { DAY_MINUTES, intervalFor, nextDue, type CadenceRule, type DueInput, type SeverityMinutes } from './due';
