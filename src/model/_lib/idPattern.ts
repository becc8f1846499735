/**
 * The pattern of an id: ASCII letters, digits, `.`, `_`, `-`, starting with a letter or digit, at most 100
 * characters. The model's schemas check ids with it, and the conversion of zod's issues recognises it, so
 * that a bad id is explained in words rather than shown as a regular expression.
 *
 * @internal
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
