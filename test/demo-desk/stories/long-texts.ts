/**
 * The hand-written parts of the long thread (a five-week webhook investigation). Technical,
 * sometimes terse, occasionally a little weary, but collaborative throughout: nothing here should
 * read as an angry customer. `long.ts` weaves these with generated daily reports.
 * `{ts}` in a text is replaced by a log timestamp shortly before the message.
 */
import type { CastKey } from './cast';

export interface Beat {
  by: CastKey;
  text: string;
  internal?: boolean;
  /** Quote the previous message below this one, e-mail style. */
  quotePrevious?: boolean;
}

export const OPENING: Beat[] = [
  {
    by: 'ingrid',
    text: `Hi Beacon support,

We consume your order.updated webhooks to keep our warehouse dashboards in sync. Since roughly the start of the month we see two things:

1. Delays: most events arrive within a second or two, but a few times a day a batch arrives 5–20 minutes late.
2. Duplicates: some events are delivered twice, seconds to minutes apart, with the same event id.

Our receiver is https://hooks.corvid-analytics.example/beacon/orders. An example from this morning:

\`\`\`
{ts} INFO  beacon-receiver  event=evt_8KQ2Z1 type=order.updated lag_ms=412
{ts} WARN  beacon-receiver  event=evt_8KQ2Z7 type=order.updated lag_ms=734118
{ts} WARN  beacon-receiver  duplicate event=evt_8KQ2Z7 attempt=2
\`\`\`

Nothing is on fire, since our nightly reconciliation catches up, but our operations team watches these dashboards in near real time, so we'd like to understand what is going on.

Best regards,
Ingrid Solberg
Integration Lead, Corvid Analytics`,
  },
  {
    by: 'sam',
    text: `Hi Ingrid,

Thanks for the clear write-up. To narrow this down, could you send us:

1. your endpoint's response times (p50 and p99, if you have them),
2. which status code you return, and whether you ever return before processing is finished,
3. whether you verify the signature before or after processing the event.

For context: our dispatcher waits 10 seconds for a response. Anything slower counts as a failed attempt and is retried with exponential backoff (30 s, 2 min, 10 min, 1 h), so a slow endpoint can see the same event twice.

Sam Lindqvist
Beacon Support`,
  },
  {
    by: 'jonas',
    text: `Hi Sam, Jonas here, I look after the receiver. Our handler is roughly this:

\`\`\`js
app.post('/beacon/orders', express.raw({ type: 'application/json' }), async (req, res) => {
  verifySignature(req.headers['beacon-signature'], req.body);
  const event = JSON.parse(req.body);
  await db.upsertOrder(event.data);        // 200–900 ms, occasionally much more
  await warehouse.refresh(event.data.id);  // synchronous call into our warehouse API
  res.sendStatus(200);
});
\`\`\`

p50 is about 350 ms and p99 about 6 s, but while our warehouse runs its nightly vacuum it can go past 15 s. We always return 200 once both calls are done.`,
  },
  {
    by: 'sam',
    text: `Thanks Jonas, that explains the duplicates. When the handler takes longer than 10 s we give up on that attempt and retry, even though you did eventually process the event.

Our recommendation is to acknowledge straight away and do the work asynchronously, and to de-duplicate on the Beacon-Event-Id header, since delivery is at-least-once:

\`\`\`js
app.post('/beacon/orders', express.raw({ type: 'application/json' }), (req, res) => {
  if (!verifySignature(req.headers['beacon-signature'], req.body)) return res.sendStatus(401);
  queue.add('beacon-order', { id: req.headers['beacon-event-id'], body: req.body.toString() });
  res.sendStatus(202);
});
\`\`\`

The delays are a separate question. I'll look at our dispatcher metrics for your endpoint and come back to you.`,
  },
];

export const MIDDLE = {
  stackTrace: {
    by: 'jonas',
    text: `Caught one of the slow requests in the act last night. This is the error our handler logs when the warehouse call times out:

\`\`\`
Error: Request timed out after 15000ms
    at WarehouseClient.refresh (/srv/receiver/src/warehouse.ts:88:13)
    at processTicksAndRejections (node:internal/process/task_queues:95:5)
    at async /srv/receiver/src/routes/beacon.ts:41:5
\`\`\`

Fatal for that one request, but harmless overall, because your retry arrives a little later and succeeds.`,
  },
  dispatcherFinding: {
    by: 'sam',
    text: `Update from engineering: the 5–20 minute batches line up with a saturated EU dispatch pool between roughly 02:00 and 03:00 UTC, when another large tenant runs a backfill. Deliveries to every endpoint on that pool queue behind it. The team is looking at per-endpoint fairness, so that one busy tenant can't delay everyone else.`,
  },
  quotedThanks: {
    by: 'ingrid',
    quotePrevious: true,
    text: `Thanks Sam, that's really helpful, and it matches what we see: the late batches are always early in the morning. We'll move the receiver to async processing in our next sprint.`,
  },
  raviJoins: {
    by: 'ravi',
    text: `Hi Ingrid, hi Jonas, Ravi from Beacon's platform team here. Two findings from our side:

1. Confirmed that the morning delays come from the shared EU pool.
2. Our retry logic ignores Retry-After when an endpoint sends 503 or 429, and it can re-send a delivery that is still in flight. That second part explains a handful of duplicates that arrived only seconds apart. We've filed it as ENG-42.

From our dispatcher logs for your endpoint:

\`\`\`
{ts} dispatcher[eu-2] endpoint=ep_7731 attempt=1 result=timeout elapsed_ms=10001
{ts} dispatcher[eu-2] endpoint=ep_7731 attempt=2 result=200 elapsed_ms=812 scheduled_in=30s
\`\`\``,
  },
  internalContext: {
    by: 'sam',
    internal: true,
    text: `Internal: Corvid are very cooperative and are sending us daily numbers. Let's keep this open until ENG-42 and the fairness change are live and they've had a quiet week. No SLA pressure; the customer has set expectations internally.`,
  },
  wearyButFine: {
    by: 'ingrid',
    text: `Honestly, it's getting a bit tiresome to see the same 15-minute gaps every morning, but I appreciate how thoroughly you're digging into this. Numbers are the same as yesterday, so I'll skip them today.`,
  },
  asyncDeployed: {
    by: 'jonas',
    text: `We deployed the async receiver this morning. p99 of the endpoint is now 48 ms (it only enqueues), and the worker processes the queue with up to 8 in parallel. De-duplication uses Redis: SET NX on the event id with a 24-hour TTL. Duplicates should drop to near zero; let's see over the next few days.`,
  },
  duplicatesGone: {
    by: 'jonas',
    text: `Three days in: duplicates are down from ~40 a day to 0–2, and the ones left are all from the same minute as a deploy on our side, so that's us. The morning delays are still there though:

\`\`\`
{ts} WARN  beacon-receiver  event=evt_9TQ0B4 type=order.updated lag_ms=611204
{ts} WARN  beacon-receiver  event=evt_9TQ0B9 type=order.updated lag_ms=598877
\`\`\``,
  },
  fairnessScheduled: {
    by: 'sam',
    text: `Good to hear about the duplicates. The fairness change for the dispatcher is scheduled for release 4.18.1 on Thursday; it will roll out to the EU pool first.`,
  },
  forwardedNote: {
    by: 'ingrid',
    text: `Forwarding a note from our ops lead for context, since it shows what the delay means on the floor:

---------- Forwarded message ---------
From: Operations Lead, Corvid Analytics
Subject: Stale dashboards again

> The morning dashboards were stale again between 02:10 and 02:40. Not a big deal for the night shift,
> but the early pickers start at 02:30 and work from the "ready to pick" board. Can we get an ETA from
> the vendor for the fix?

No pressure intended; I just wanted you to see where it lands.`,
  },
  fixDeployed: {
    by: 'ravi',
    text: `The fairness change and the ENG-42 fix are live on all four EU dispatchers as of this morning. For the record, the relevant configuration:

\`\`\`yaml
dispatcher:
  pool: eu-2
  fairness: per_endpoint
  max_in_flight_per_endpoint: 8
  honour_retry_after: true
  resend_in_flight: false
\`\`\`

Nothing changes on your side: same endpoint, same signing secret, same payload.`,
  },
  internalFollowUp: {
    by: 'ravi',
    internal: true,
    text: `Internal: ep_7731 queue depth peaked at 3 last night (was 1,900 before fairness). If Corvid still report morning lag it's on their side or their WAF.`,
  },
} satisfies Record<string, Beat>;

export const CLOSING = {
  cleanNights: {
    by: 'ingrid',
    text: `Three clean nights in a row: longest lag 2.1 seconds, zero duplicates. Our operations team noticed before I told them. Thank you!`,
  },
  monitor: {
    by: 'sam',
    text: `That's great news, thank you for all the data along the way. I'll set this ticket to pending: could you keep an eye on it for another week? If nothing comes up, we'll close it after that.`,
  },
  blip: {
    by: 'jonas',
    quotePrevious: true,
    text: `One blip last night: a 4-minute gap at 03:12. I'm fairly sure it was us, our load balancer restarted at 03:11:58:

\`\`\`
{ts} NOTICE haproxy[1]  Proxy beacon-hooks started.
{ts} WARN   beacon-receiver  event=evt_A1C7Q2 type=order.updated lag_ms=241553
\`\`\``,
  },
  finalAgent: {
    by: 'sam',
    text: `Thanks Jonas. Our side agrees: the dispatcher got connection refused from your endpoint for about four minutes from 03:12 and delivered everything on the next retry. So the system did what it should. Let's check in again on Friday; I'll leave the ticket pending until then.`,
  },
} satisfies Record<string, Beat>;

/** Question/answer pairs spread through the thread. */
export const QUESTIONS: [Beat, Beat][] = [
  [
    { by: 'sam', text: `Do you run more than one receiver instance behind your load balancer? If so, do they share the de-duplication store?` },
    { by: 'jonas', text: `Two instances, both using the same Redis for de-duplication. So a duplicate landing on the other instance is still caught.` },
  ],
  [
    { by: 'sam', text: `Could you confirm which IP ranges you allow-list for our webhooks? We added dispatchers to the EU pool last month.` },
    { by: 'ingrid', text: `We allow 203.0.113.0/24 and 198.51.100.0/24. Do the new dispatchers use one of those?` },
  ],
  [
    { by: 'sam', text: `Is the delay visible on every event type, or only on order.updated?` },
    { by: 'jonas', text: `Only order.updated as far as we can tell; order.created volume is too low at night to say anything.` },
  ],
  [
    { by: 'ravi', text: `Would you be OK with us enabling delivery tracing for your endpoint for 48 hours? It adds a Beacon-Trace-Id header; the payload doesn't change.` },
    { by: 'ingrid', text: `Yes, go ahead. We'll log the header on our side too so we can match them up.` },
  ],
  [
    { by: 'sam', text: `Which time zone are your dashboards in? I want to be sure we're comparing the same windows.` },
    { by: 'ingrid', text: `Everything on our side is UTC, including all the logs I've been sending.` },
  ],
  [
    { by: 'jonas', text: `Is the 10-second timeout configurable per endpoint?` },
    { by: 'sam', text: `Not today: it's fixed at 10 s for every endpoint. With the async receiver you shouldn't get anywhere near it.` },
  ],
  [
    { by: 'ingrid', text: `Does the payload include the time the order changed, as opposed to when you sent the event?` },
    { by: 'sam', text: `Yes: data.updated_at is when the order changed, and created_at on the event envelope is when we generated the event. The difference between created_at and your receive time is the delivery lag.` },
  ],
  [
    { by: 'jonas', text: `Can we replay a window of events ourselves, for example after an outage on our side?` },
    { by: 'sam', text: `Yes. Under Settings → Webhooks → Deliveries you can filter by time and choose "Resend". The API equivalent is POST /v2/webhooks/{id}/replays with a from/to window.` },
  ],
  [
    { by: 'sam', text: `Has anything changed on your network path recently, for example a new WAF rule?` },
    { by: 'jonas', text: `Our security team put a WAF in front of the receiver three weeks ago, but it's in monitor mode only. I'll double-check it doesn't add latency.` },
  ],
  [
    { by: 'ingrid', text: `Will the fix need anything from our side, like a new signing secret?` },
    { by: 'ravi', text: `No, nothing changes for you: same endpoint, same secret, same payload.` },
  ],
];
