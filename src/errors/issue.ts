import { describeValue, quoteValue } from "./describe.js";
import { valueVi } from "./_lib/words.js";
import type { IssueCode, PlanIssue } from "./PlanError.js";

/**
 * Parameters that a message of the catalogue may name. `value`, `received` and `id` may be the caller's own
 * values, of any type, never by calling their methods: `value` and `id` are shown quoted when they are text
 * (`"2017-02-30"`), by their digits or kind otherwise; `received` is shown as it is when it is text (a kind
 * such as "object", or a value the caller quoted), by its digits or kind otherwise.
 *
 * @internal
 */
export interface MessageParams {
  readonly expected?: string;
  /** The Vietnamese of `expected`, where the catalogue's table of words does not have it. */
  readonly expectedVi?: string;
  readonly received?: unknown;
  /** The caller's value itself, shown like `value` (quoted when it is text); it takes the place of `received`. */
  readonly receivedValue?: unknown;
  readonly value?: unknown;
  readonly limit?: number | string;
  readonly keys?: readonly string[];
  readonly kind?: string;
  /** The Vietnamese of `kind` ("đơn vị" for "unit"), for the messages that name it. */
  readonly kindVi?: string;
  readonly id?: unknown;
  readonly detail?: string;
  readonly detailVi?: string;
}

/** The parameters as the messages read them: every value already text. @internal */
export interface Params extends Omit<MessageParams, "received" | "receivedValue" | "value" | "id"> {
  /** The caller's value (`receivedValue`) was given as `undefined`: no value at all. */
  readonly absent?: boolean;
  readonly received?: string;
  readonly value?: string;
  readonly id?: string;
}

/**
 * The message of one issue code: its code and its texts in English and Vietnamese.
 *
 * @internal
 */
export interface Message {
  readonly code: IssueCode;
  readonly text: (p: Params) => readonly [en: string, vi: string];
}

/**
 * Builds an issue from a message (an export of `codes.ts`): the path, the code, and the texts in both
 * languages, the caller's values named by their text, digits or kind (in English for `message`, in
 * Vietnamese for `messageVi`), so that each message is in one language throughout.
 *
 * @internal
 */
export function newIssue(message: Message, path: readonly (string | number)[], params: MessageParams = {}): PlanIssue {
  const [text, textVi] = [false, true].map((vi, k) => {
    const name = (v: unknown) => (typeof v === "string" || !vi ? describeValue(v) : valueVi(v));
    const quoted = (v: unknown) => (typeof v === "string" ? quoteValue(v) : name(v));
    // Each value is text here, or absent (undefined): a message reads a value that is absent as its default.
    const shown: Params = {
      ...params,
      expected: vi ? (params.expectedVi ?? params.expected) : params.expected,
      received: "receivedValue" in params ? quoted(params.receivedValue) : params.received === undefined ? undefined : name(params.received),
      absent: "receivedValue" in params && params.receivedValue === undefined,
      value: params.value === undefined ? undefined : quoted(params.value),
      id: params.id === undefined ? undefined : quoted(params.id),
    } as Params;
    return message.text(shown)[k]!;
  });
  return { path: [...path], code: message.code, message: text!, messageVi: textVi! };
}
