/** A plain request for information ("how do I…", "do you ship to…"). Calming when nothing else fired. */
import { group } from './spec';

export const QUESTION = group('plain-question', -4, [
  '^ how do|does|can|would|should|to|much|long|often',
  '^ can|could|may|do|does|will|would|is|are|should i|we|you|it|there|they|anyone|someone',
  '^ where can|do|would',
  '^ what time|is|are|does|do|should|would|size|kind|type',
  '^ when does|do|is|are|will|can',
  '^ which',
  '^ is it possible',
  'wondering|wondered if|whether|about|how|what|when|where',
  'quick question',
  "i'd|i|we'd|we would? like to",
  'interested in',
  'looking for',
  'please could|can you',
]);
