import DecimalJs from "decimal.js";

/**
 * The library's own Decimal constructor: a clone, so that the host application's global Decimal
 * settings are never read or changed. The one seam through which budget arithmetic reaches decimal.js.
 *
 * Precision is far above any amount we accept (amounts have at most {@link MAX_DIGITS} digits), so sums
 * and products of whole đồng are exact; rounding, where a ratio needs it, is half-even unless a caller
 * names another mode.
 *
 * @internal
 */
export const Decimal = DecimalJs.clone({
  precision: 1000,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -9e15,
  toExpPos: 9e15,
  minE: -9e15,
  maxE: 9e15,
  modulo: DecimalJs.ROUND_DOWN,
  crypto: false,
});

/** @internal */
export type Decimal = InstanceType<typeof Decimal>;

/** The largest number of digits an amount may have. @internal */
export const MAX_DIGITS = 60;
