/**
 * Churn threats. Negation does not cancel them: "I don't want to cancel, but…" is said by a
 * customer who is thinking about cancelling. "Cancel the meeting" is not churn: cancelling needs a
 * service noun after it, or nothing at all.
 */
import { built, group } from './spec';

const SERVICE =
  'subscription|subscriptions|account|accounts|contract|contracts|service|services|plan|membership|' +
  'license|licence|licenses|licences|renewal|agreement|relationship|partnership|seats';

export const CHURN = /* @__PURE__ */ built(() =>
  group(
  'churn-threat',
  30,
  [
    'cancel|cancelling|canceling|terminate|terminating|end|ending|close|closing my|our|the|this|all * ' + SERVICE,
    'cancel|cancelling|canceling|terminate|terminating ' + SERVICE,
    'cancel|cancelling|canceling|terminate $',
    'want|wanting|going|planning|decided|decide|considering|thinking|ready|have to cancel|terminate|leave $',
    'cancel|cancelling|canceling everything',
    'take|taking|took my|our business|custom|money|spend elsewhere',
    'business|custom elsewhere',
    'evaluating|evaluate|considering|consider|exploring|explore|trialling|trialing|look|looking|shopping|find|finding * other|another|alternative|alternatives|different|new vendor|vendors|provider|providers|supplier|suppliers|solution|solutions|company|companies|platform|platforms|tool|tools|bank|banks|carrier|carriers|airline|airlines|option|options',
    'alternatives $',
    'switch|switching|switched|move|moving|migrate|migrating|port|porting * to|over * provider|providers|vendor|vendors|carrier|network|bank|company|supplier|airline|competitor|competitors|competition',
    'go|going|went|shop|shopping|move|moving|switch|switching elsewhere',
    'switch|switching providers|provider|carriers|carrier|banks|vendors|suppliers|networks|companies|airlines',
    "won't|not|never * renew|renewing|renewal",
    "never|won't * buy|buying|use|using|order|ordering|fly|flying|shop|shopping|recommend|recommending|deal|dealing * again|anymore",
    'done with you|your|this|them',
    'leaving|leave|left * for|to * competitor|competitors',
    'lost|lose|losing a|another|my|our customer|customers|business|custom',
    'churn|churning',
    'unsubscribe|unsubscribing from your|this service',
    'never again',
  ],
  { negation: 'ignore' },
),
);
