/** Keel's promise engine: commitments in agents' words, when they fall due, and whether they were kept. Pure. */
export { commitmentIn, sentences } from './commitments';
export { dueFrom } from './due';
export { extractPromises, QUOTE_MAX, type ExtractContext, type FoundPromise } from './extract';
export { isOutstanding, judgePromise, type Answer, type AnswerAudience, type Judged, type JudgeInput, type PromiseState } from './judge';
