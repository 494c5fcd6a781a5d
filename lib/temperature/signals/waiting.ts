/** Waiting and being ignored, and explicit requests for an update ("any update?"). */
import { built, group, groups } from './spec';

const SPAN = 'hours|days|weeks|months|ages|forever|years|hour|day|week|month|year|minutes|min';

const NOBODY =
  '* replied|responded|responds|answered|answers|called|helped|helps|cares|bothered|contacted|came|showed|gets|got|' +
  'picks|knows|reads|listens|replies|returned|will|seems|can|gotten|getting|bothers|answering|responding|' +
  'given|provided|explained|updated|told|said|acknowledged|followed';

export const WAITING = /* @__PURE__ */ built(() =>
  groups(
  group('waiting', 10, [
    'still * waiting|waited|wait|awaiting',
    'waiting|waited|been * ' + SPAN,
    'been waiting|trying|calling|chasing',
    'no|zero|never * response|responses|reply|replies|answer|answers|feedback|update|updates|callback|communication|acknowledgement|acknowledgment|word|contact|call|follow|help|support|resolution',
    'nobody ' + NOBODY,
    'no one ' + NOBODY,
    "haven't|hasn't|didn't|never|not * heard|hear",
    'ignored|ignoring|unanswered|unresolved',
    'on hold',
    'hold time|times',
    'how much longer',
    'how long * have|do|must * i|we * wait',
    'took|taking|takes|take * forever|ages|long|longer',
    'too long',
    SPAN + ' to get|for|before * reply|response|answer|callback|update|fix',
  ]),
  // A bare duration ("jobs that run for over two hours") is not waiting in a calm question.
  group('waiting', 4, [
    'for|over|after|past|almost|nearly|than * ' + SPAN,
    'took|taking * ' + SPAN,
    SPAN + ' later|ago|now|since',
    'since yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|morning',
  ], { softInQuestion: true }),
  group('waiting', 4, ['waiting|waited|awaiting']),
  group('update-chase', 6, [
    'any update|updates|news|progress|word|eta|luck|feedback|response|responses|reply|replies|answer|answers|joy',
    'following up',
    'follow up on|regarding',
    'checking in',
    'bump|bumping',
    'status update',
    'when should|can|will i|we expect a|an|my|our? response|reply|answer|refund|callback|update',
    'update please',
    'still no update|updates|news|reply|response',
  ]),
),
);
