/**
 * Phrases that contain a listed word but carry no tone; matching them first keeps their words from
 * firing ("worst case", "bad request", "best regards", "can't wait").
 */
import { group } from './spec';

export const NEUTRAL = group('neutral', 0, [
  'worst case|cases',
  'bad request|gateway|gateways',
  'best regards|wishes|practice|practices|way',
  'kind regards',
  'good morning|afternoon|evening|day|night',
  "can't wait",
  'kill|killed|killing for',
  'hate to',
  'please ignore|disregard',
  'do not hesitate',
  "don't hesitate",
  'in error',
  'intended recipient|recipients',
  'happy to|holidays|new|birthday|christmas|friday',
  'look forward|forwards',
  'looking forward',
  'fine print',
]);
