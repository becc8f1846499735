/**
 * Reading the arguments (src/cli/_lib/command.ts), in process: whatever the arguments, a command gets what
 * it declares or a usage error (exit 2), never another exception.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findLang, readArguments, type Command } from "../../../src/cli/_lib/command.js";
import { CliFailure } from "../../../src/cli/_lib/failure.js";

const command: Command = {
  name: "demo",
  usage: { en: "demo <a> <b>", vi: "demo <a> <b>" },
  summary: { en: "", vi: "" },
  help: { en: "", vi: "" },
  positionals: [
    { en: "a", vi: "a" },
    { en: "b", vi: "b" },
  ],
  options: { as: { type: "string", choices: ["html", "txt"] }, output: { type: "string", short: "o" }, unit: { type: "string" }, quiet: { type: "boolean" } },
  required: { unit: { en: "the unit", vi: "đơn vị" } },
  run: async () => 0,
};

const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (error) {
    return error;
  }
  return undefined;
};

const token = fc.oneof(
  fc.constantFrom("--as", "--as=html", "--as=pdf", "-o", "--output=x", "--unit", "u1", "--quiet", "--quiet=1", "--help", "-h", "--lang", "en", "vi", "--lang=fr", "--", "-", "-xo", "--nope", "a.json", "b.json", "html"),
  fc.string({ maxLength: 6 }),
);

describe("readArguments", () => {
  it("gives the command's files and options, each checked", () => {
    const args = readArguments(command, ["a.json", "--as", "html", "b.json", "-o", "out.html", "--unit=u1", "--quiet", "--lang", "en"]);
    expect(args).toEqual({ help: false, positionals: ["a.json", "b.json"], values: { as: "html", output: "out.html", unit: "u1", quiet: true, lang: "en" } });
    expect(readArguments(command, ["--output=-x", "--unit", "u", "a", "b"]).help).toBe(false);
    expect(readArguments(command, ["--nope", "--help"])).toEqual({ help: true });
  });

  it("never throws anything but a usage error (exit 2), and what it returns satisfies the command", () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), (argv) => {
        const error = thrown(() => readArguments(command, argv));
        if (error !== undefined) {
          expect(error).toBeInstanceOf(CliFailure);
          expect((error as CliFailure).exitCode).toBe(2);
          expect((error as CliFailure).lines.length).toBeGreaterThan(0);
          return;
        }
        const args = readArguments(command, argv);
        if (args.help) {
          expect(argv.some((a) => a === "--help" || a === "-h" || /^-[^-]*h/.test(a))).toBe(true);
          return;
        }
        expect(args.positionals).toHaveLength(2);
        expect(typeof args.values.unit).toBe("string");
        expect([undefined, "html", "txt"]).toContain(args.values.as);
        expect([undefined, "vi", "en"]).toContain(args.values.lang);
        for (const name of Object.keys(args.values)) expect(["as", "output", "unit", "quiet", "lang"]).toContain(name);
      }),
      { numRuns: 500 },
    );
  });
});

describe("findLang", () => {
  it("the last --lang given, before any `--`", () => {
    expect(findLang(["check", "--lang", "en"])).toBe("en");
    expect(findLang(["--lang=en", "check", "--lang", "vi"])).toBe("vi");
    expect(findLang(["check", "--", "--lang", "en"])).toBeUndefined();
    expect(findLang([])).toBeUndefined();
  });

  it("is vi, en, undefined or a usage error", () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 10 }), (argv) => {
        const error = thrown(() => findLang(argv));
        if (error === undefined) expect([undefined, "vi", "en"]).toContain(findLang(argv));
        else expect((error as CliFailure).exitCode).toBe(2);
      }),
    );
  });
});
