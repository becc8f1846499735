import DecimalJs from "decimal.js";

/** The clone, made on first use: importing the library runs nothing. */
let clone: typeof DecimalJs | undefined;

/**
 * The library's own Decimal constructor: a clone, so that the host application's global Decimal
 * settings are never read or changed, created the first time a ratio needs it. The one seam through which
 * budget arithmetic reaches decimal.js (sums and products of whole đồng are bigint arithmetic).
 *
 * Precision is far above any amount we accept (amounts have at most 60 digits); rounding, where a ratio
 * needs it, is half-even unless a caller names another mode.
 *
 * @internal
 */
export function decimal(): typeof DecimalJs {
  clone ??= DecimalJs.clone({
    precision: 1000,
    rounding: DecimalJs.ROUND_HALF_EVEN,
    toExpNeg: -9e15,
    toExpPos: 9e15,
    minE: -9e15,
    maxE: 9e15,
    modulo: DecimalJs.ROUND_DOWN,
    crypto: false,
  });
  return clone;
}

/** decimal.js's rounding modes (its `ROUND_*` constants). @internal */
export const ROUNDING = { up: 0, down: 1, ceil: 2, floor: 3, "half-up": 4, "half-down": 5, "half-even": 6 } as const;
