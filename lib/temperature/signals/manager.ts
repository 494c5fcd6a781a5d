/** Asking for someone above the agent: a manager, an executive, or simply a human. */
import { group, groups } from './spec';

export const MANAGER = /* @__PURE__ */ groups(
  group('manager-request', 14, [
    'speak|talk|speaking|talking|escalate|escalating|connect|transfer|see|get|want|need * to|with|me? a|an|your|the? manager|managers|supervisor|supervisors|superior|boss|management',
    'someone|somebody more? senior',
    'manager|supervisor|superior please',
    'escalate|escalating|escalation',
    "who|who's|someone|somebody is? in charge",
    'someone|somebody|anyone|anybody competent',
    'someone|somebody|anyone|anybody who * knows|understands|cares|can help',
    'real|actual|live human|person|people|humans|agent',
    'speak|talk * to|with * a|an? human|person',
  ]),
  group('manager-request', 8, [
    'ceo|cto|cio|cfo|coo|president|executive|executives|execs|exec',
    'headquarters',
    'head|corporate office|offices',
  ]),
);
