/**
 * Build, check and track the communication plans (Kế hoạch tuyên truyền) of the Vietnamese trade
 * unions. Every module is also its own entry point: `cong-doan-ke-hoach/model`, `/calendar`,
 * `/budget`, `/rules`, `/report`, `/documents`, `/read` (and `/docx`, not re-exported here: it needs the optional `docx` package).
 *
 * @packageDocumentation
 * @module cong-doan-ke-hoach
 */
export * from "./model/index.js";
export * from "./calendar/index.js";
export * from "./budget/index.js";
export * from "./rules/index.js";
export * from "./report/index.js";
export * from "./documents/index.js";
export * from "./read/index.js";
