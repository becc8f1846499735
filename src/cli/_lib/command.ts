import { parseArgs } from "node:util";
import { usageError } from "./failure.js";
import { MESSAGES, type Lang, type Text } from "./messages.js";

/** One option of a command, as `node:util` `parseArgs` reads it, with the values it accepts. @internal */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  /** The values a string option accepts (anything when absent). */
  readonly choices?: readonly string[];
  /** Whether the value is a file the command reads (which `-o` must not overwrite). */
  readonly input?: true;
}

/** What a command is given once its arguments are read. @internal */
export interface CommandContext {
  readonly lang: Lang;
  /** The command's arguments (files), as many as it declares. */
  readonly positionals: readonly string[];
  /** The options given, by their long name: a string, or `true` for a flag. */
  readonly values: Readonly<Record<string, string | true | undefined>>;
}

/** A command of the bin: its name, its help in both languages, its arguments and options, and what it does. @internal */
export interface Command {
  readonly name: string;
  /** One line for the list of commands. */
  readonly summary: Text;
  /** The command's `--help` text (after its usage line). */
  readonly help: Text;
  /** The usage line without the bin's name: `check <plan.json> [options]`. */
  readonly usage: Text;
  /** The files it reads, in order: what each is, for "missing …". */
  readonly positionals: readonly Text[];
  /** Its options besides the global ones (`--help`, `--lang`). */
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Options that must be given, with what each is. */
  readonly required?: Readonly<Record<string, Text>>;
  /** Runs the command; resolves to the exit code, or rejects with a `CliFailure`. */
  run(context: CommandContext): Promise<number>;
}

/** The options every command takes. @internal */
export const GLOBAL_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  help: { type: "boolean", short: "h" },
  lang: { type: "string", choices: ["vi", "en"] },
};

/** The result of reading a command's arguments: its context, or a request for its help. @internal */
export type ReadArguments = { readonly help: true } | { readonly help: false; readonly positionals: readonly string[]; readonly values: Readonly<Record<string, string | true | undefined>> };

const MAX_ARGUMENTS = 1_000;

/**
 * Reads a command's arguments with `parseArgs` (in its lenient mode, so that every problem gets a message
 * of ours in the user's language): unknown options, options without their value or given twice, values
 * outside their choices, missing or extra files and missing required options are usage errors.
 *
 * @param command - the command.
 * @param args - its arguments (after the command's name; global options before it included).
 * @returns the values, or `{ help: true }` when `--help` is among them.
 * @throws `CliFailure` (exit 2) for a usage error.
 * @internal
 */
export function readArguments(command: Command, args: readonly string[]): ReadArguments {
  if (args.length > MAX_ARGUMENTS) throw usageError(MESSAGES.extraArgument(args[MAX_ARGUMENTS] ?? ""));
  const specs: Record<string, OptionSpec> = { ...GLOBAL_OPTIONS, ...command.options };
  const config: Record<string, { type: "string" | "boolean"; short?: string }> = {};
  for (const [name, spec] of Object.entries(specs)) config[name] = spec.short === undefined ? { type: spec.type } : { type: spec.type, short: spec.short };
  const { tokens } = parseArgs({ args: [...args], options: config, strict: false, allowPositionals: true, tokens: true });
  if (tokens.some((t) => t.kind === "option" && t.name === "help" && t.value === undefined)) return { help: true };
  const values: Record<string, string | true | undefined> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === "positional") positionals.push(token.value);
    if (token.kind !== "option") continue;
    const spec = Object.hasOwn(specs, token.name) ? specs[token.name] : undefined;
    if (spec === undefined) throw usageError(MESSAGES.unknownOption(token.rawName, command.name));
    const option = `--${token.name}`;
    if (Object.hasOwn(values, token.name)) throw usageError(MESSAGES.repeatedOption(option));
    if (spec.type === "boolean") {
      if (token.value !== undefined) throw usageError(MESSAGES.noValueExpected(option));
      values[token.name] = true;
      continue;
    }
    // Lenient parseArgs takes the next argument as the value even when it is an option ("--as --format"):
    // a value that starts with "-" must be written --as=-value. A lone "-" is no option: it is a value (`-o -`).
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith("-") && token.value !== "-")) throw usageError(MESSAGES.missingValue(option));
    if (spec.choices !== undefined && !spec.choices.includes(token.value)) throw usageError(MESSAGES.invalidChoice(option, token.value, spec.choices));
    values[token.name] = token.value;
  }
  const missing = command.positionals[positionals.length];
  if (missing !== undefined) throw usageError(MESSAGES.missingArgument(missing));
  const extra = positionals[command.positionals.length];
  if (extra !== undefined) throw usageError(MESSAGES.extraArgument(extra));
  for (const [name, what] of Object.entries(command.required ?? {})) {
    if (values[name] === undefined) throw usageError(MESSAGES.missingOption(`--${name}`, what));
  }
  return { help: false, positionals, values };
}

/**
 * The language asked for by `--lang` anywhere in the arguments (the last one given), before they are
 * read: so that every message, usage errors included, is in that language. `undefined` when none is
 * given; a value other than `vi` or `en` is a usage error (reported in Vietnamese, the default).
 *
 * @internal
 */
export function findLang(args: readonly string[]): Lang | undefined {
  let lang: string | undefined;
  for (let i = 0; i < args.length && i < MAX_ARGUMENTS; i++) {
    const arg = args[i]!;
    if (arg === "--") break;
    if (arg === "--lang") lang = args[i + 1];
    else if (arg.startsWith("--lang=")) lang = arg.slice("--lang=".length);
  }
  if (lang === undefined) return undefined;
  if (lang === "vi" || lang === "en") return lang;
  throw usageError(lang.startsWith("-") ? MESSAGES.missingValue("--lang") : MESSAGES.invalidChoice("--lang", lang, ["vi", "en"]));
}
