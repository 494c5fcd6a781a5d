/**
 * The background worker's side of the protocol. For every request: the name must be known, the
 * sender must be one the message allows (checked before the payload is even parsed), the
 * request must match its schema, and the answer must match its response schema. Anything else
 * becomes `{ok:false, error}` for the caller — never an exception lost in the worker.
 */
import { browser, type Browser } from 'wxt/browser';
import type { z } from 'zod/mini';
import { t } from '../i18n';
import { caseKey } from '../model/case-key';
import { KEEL_TAG, isRequestEnvelope, messageCodeOf, unpack, type Result } from './envelope';
import { describeZodError } from './format';
import { protocol, type MessageName, type Protocol, type ResponseOf } from './protocol';
import { classifySender, type ContentSender, type ExtensionSender, type KeelSender, type Self } from './senders';

export type Sender = Browser.runtime.MessageSender;

/** The sender a handler of message N is given: narrowed to the kinds N allows. */
export type SenderOf<N extends MessageName> = Protocol[N]['from'][number] extends infer K ? (K extends 'content' ? ContentSender : K extends 'extension' ? ExtensionSender : never) : never;

/**
 * What the requests answered together share (a surface's reads sent as one `getCaseReads`): a
 * read made through `once` under the same key is made once and its answer shared. A request
 * answered on its own gets a scope of its own, so nothing is shared between separate requests
 * and a write made between two of them is always seen by the later one. (A handler called
 * directly, as tests do, may be given none: every read is then its own.)
 */
export interface RequestScope {
  once<T>(key: string, read: () => Promise<T>): Promise<T>;
}

export function newRequestScope(): RequestScope {
  const made = new Map<string, Promise<unknown>>();
  return {
    once<T>(key: string, read: () => Promise<T>): Promise<T> {
      let answer = made.get(key) as Promise<T> | undefined;
      if (!answer) made.set(key, (answer = read()));
      return answer;
    },
  };
}

export type Handler<N extends MessageName> = (request: z.output<Protocol[N]['request']>, sender: SenderOf<N>, scope?: RequestScope) => Promise<ResponseOf<N>> | ResponseOf<N>;

/** One handler per message; a missing one is a type error. */
export type Handlers = { [N in MessageName]: Handler<N> };

function isMessageName(name: string): name is MessageName {
  return Object.prototype.hasOwnProperty.call(protocol, name);
}

let thisExtension: Self | null = null;

/** This extension as the browser names it (asked once: it cannot change while the worker runs). */
export function currentExtension(): Self {
  if (thisExtension?.id !== browser.runtime.id) thisExtension = { id: browser.runtime.id, origin: new URL(browser.runtime.getURL('/')).origin };
  return thisExtension;
}

function refusal(name: string, allowed: readonly string[], who: KeelSender | null, sender: Sender): string {
  const from = allowed.includes('extension') ? t('senderRuleExtension') : t('senderRuleContent');
  let source: string;
  try {
    source = who?.kind === 'content' ? new URL(who.url).host : sender.url ? new URL(sender.url).host || sender.url : t('senderUnknown');
  } catch {
    source = t('senderUnknown');
  }
  return t('senderRefused', { name, rule: from, source });
}

/** Handle one raw message. Returns undefined when the message is not a Keel request. */
export function handleMessage(handlers: Handlers, message: unknown, sender: Sender, self: Self = currentExtension()): Promise<Result<unknown>> | undefined {
  if (!isRequestEnvelope(message)) {
    // A message that claims to be ours but is malformed still gets an answer.
    if (message && typeof message === 'object' && (message as { tag?: unknown }).tag === KEEL_TAG && !('event' in message)) {
      return Promise.resolve({ ok: false, error: { code: 'invalid-request', message: t('messageMalformed') } });
    }
    return undefined;
  }
  return dispatch(handlers, message.name, message.payload, sender, self);
}

async function dispatch(handlers: Handlers, name: string, payload: unknown, sender: Sender, self: Self): Promise<Result<unknown>> {
  return answer(handlers, name, payload, classifySender(sender, self), sender, newRequestScope());
}

/** One request from a sender already classified (null: not one of Keel's), answered within `scope`. */
async function answer(handlers: Handlers, name: string, payload: unknown, who: KeelSender | null, sender: Sender, scope: RequestScope): Promise<Result<unknown>> {
  if (!isMessageName(name)) return { ok: false, error: { code: 'unknown-message', message: t('messageUnknown', { name }) } };
  const definition = protocol[name];
  const allowed: readonly string[] = definition.from;
  if (!who || !allowed.includes(who.kind)) {
    console.warn(`[keel] refused ${name} from`, sender.url ?? sender.id);
    return { ok: false, error: { code: 'forbidden', message: refusal(name, allowed, who, sender) } };
  }
  const request = definition.request.safeParse(unpack(payload));
  if (!request.success) {
    return { ok: false, error: { code: 'invalid-request', message: `${name}: ${describeZodError(request.error)}` } };
  }
  try {
    const handler = handlers[name] as (req: unknown, sender: KeelSender, scope: RequestScope) => unknown;
    const data = await handler(request.data, who, scope);
    const response = definition.response.safeParse(data);
    if (!response.success) {
      console.error(`[keel] ${name} produced an invalid response`, response.error);
      return { ok: false, error: { code: 'invalid-response', message: `${name}: ${t('messageInternalError')} (${describeZodError(response.error)})` } };
    }
    return { ok: true, data: response.data };
  } catch (error) {
    const code = messageCodeOf(error) ?? 'failed';
    const message = error instanceof Error ? error.message : String(error);
    console.warn(`[keel] ${name} failed:`, message);
    return { ok: false, error: { code, message } };
  }
}

/**
 * The runtime listener. Answers through `sendResponse` and returns `true` for Keel requests
 * (works in every browser, with or without the promise polyfill); returns nothing for any other
 * message so other listeners (open surfaces receiving broadcasts) are unaffected.
 */
export function createListener(handlers: Handlers, self?: Self) {
  return (message: unknown, sender: Sender, sendResponse: (response: unknown) => void): true | undefined => {
    const answer = handleMessage(handlers, message, sender, self ?? currentExtension());
    if (!answer) return undefined;
    void answer.then(sendResponse);
    return true;
  };
}

/**
 * What the worker may keep of a batch's reads (lib/worker/read-cache.ts): a kept answer of a read
 * of the case, or the read itself while it is under way (a batch asking for what another batch is
 * reading joins it); and, for a read made, a function keeping it (unless the store was written
 * meanwhile).
 */
export interface ReadMemo {
  recall(caseKey: string, name: string): Result<unknown> | Promise<Result<unknown>> | undefined;
  begin(): (caseKey: string, name: string, result: Result<unknown> | Promise<Result<unknown>>) => void;
}

/** Reads a batch may carry: a case's `get…` messages (never a write, never a batch). */
export function isBatchableRead(name: string): boolean {
  return /^get[A-Z]/.test(name) && name !== 'getCaseReads' && name !== 'getTabCase';
}

/**
 * The handler of `getCaseReads`: each named read of one case, answered as if sent on its own
 * (sender rule, request and response checked per read), sharing one scope so the case record and
 * its escalation are read once for all of them. One answer per name, in order; a refused or
 * failed read is that read's failure only.
 */
export function caseReadsHandler(table: () => Handlers, memo?: ReadMemo): Handler<'getCaseReads'> {
  return async ({ ref, names }, who) => {
    const scope = newRequestScope();
    // The batch's sender, already classified: the browser's own description only names a refusal.
    const sender: Sender = {};
    const key = caseKey(ref);
    const keep = memo?.begin();
    const answers = await Promise.all(
      names.map((name) => {
        if (!isBatchableRead(name)) return Promise.resolve<Result<unknown>>({ ok: false, error: { code: 'invalid-request', message: t('messageNotBatchable', { name }) } });
        // A kept answer only for a sender the read allows (the same rule `answer` applies first).
        const kept = memo && isMessageName(name) && (protocol[name].from as readonly string[]).includes(who.kind) ? memo.recall(key, name) : undefined;
        if (kept) return Promise.resolve(kept);
        const made = answer(table(), name, { ref }, who, sender, scope);
        keep?.(key, name, made);
        return made;
      }),
    );
    return { answers };
  };
}

/** The handlers of one domain's messages (lib/worker/handlers/<domain>.ts). */
export type DomainHandlers<D extends { messages: object }> = { [N in keyof D['messages'] & MessageName]: Handler<N> };
