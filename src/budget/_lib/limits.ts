/** The largest number of digits an amount may have, and so any sum or product of amounts. @internal */
export const MAX_DIGITS = 60;
