import type { TimeExpression } from "../../../src/calendar/timeExpression.js";

/** A time expression in the short form the EXAMPLES tables use. */
export function show(e: TimeExpression): string {
  switch (e.kind) {
    case "window":
      return `${e.window.start}/${e.window.end}`;
    case "deadline":
      return `deadline ${e.due}`;
    case "open":
      return `open ${e.start}`;
    case "recurring":
      return `recurring ${e.every}${e.due === undefined ? "" : ` ${e.due.month === undefined ? e.due.day : `${e.due.month}-${e.due.day}`}`}`;
    case "continuous":
      return "continuous";
  }
}
