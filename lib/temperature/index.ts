/**
 * Keel's customer-temperature engine (issue 4). Pure: no DOM, no browser APIs, `now` passed in.
 * See docs/temperature.md for the signals, weights, bands and measured results.
 */
export type { BrokenPromise, ThreadMessage, ThreadInput, Thresholds, ScoreOptions } from './input';
export { DEFAULT_THRESHOLDS, bandFor } from './bands';
export { scoreThread } from './score';
export { threadFromSnapshot } from './snapshot';
export { compareTemperatures } from './trend';
