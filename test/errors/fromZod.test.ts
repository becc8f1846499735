import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fromZodIssues } from "../../src/errors/fromZod.js";
import { MODEL_TYPE_VI, TYPE_VI, typeVi } from "../../src/errors/_lib/words.js";
import { safeParsePlan } from "../../src/index.js";
import { ID_PATTERN } from "../../src/model/_lib/idPattern.js";
import { referencePlanJson } from "../fixtures.js";

const issuesOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value, { reportInput: true } as never);
  if (result.success) throw new Error("expected a failure");
  return fromZodIssues(result.error.issues);
};

describe("fromZodIssues", () => {
  it("names zod's formats in Vietnamese with the model's own words", () => {
    const [date] = issuesOf(z.object({ on: z.iso.date() }), { on: "2017-02-30" });
    expect(date).toMatchObject({ path: ["on"], code: "invalid_format", messageVi: 'sai định dạng ngày' });
    const [email] = issuesOf(z.email(), "x");
    expect(email).toMatchObject({ code: "invalid_format", message: "invalid email", messageVi: "sai định dạng email" });
  });

  it("keeps the pattern's own message for a regex in both languages", () => {
    const [issue] = issuesOf(z.string().regex(/^\d+$/), "abc");
    expect(issue).toMatchObject({ code: "invalid_format", message: '"abc" does not match the pattern "/^\\\\d+$/"', messageVi: '"abc" không khớp mẫu "/^\\\\d+$/"' });
  });

  it("says in words what an id is, instead of showing the model's id pattern", () => {
    const [issue] = issuesOf(z.object({ id: z.string().regex(ID_PATTERN) }), { id: "Ban Tuyên giáo" });
    expect(issue).toMatchObject({
      path: ["id"],
      code: "invalid_format",
      message: 'invalid id: "Ban Tuyên giáo" (an id is 1 to 100 ASCII letters, digits, ".", "_" or "-", starting with a letter or a digit)',
      messageVi: 'sai định dạng mã: "Ban Tuyên giáo" (mã gồm 1 đến 100 chữ cái không dấu, chữ số, ".", "_" hoặc "-", bắt đầu bằng chữ cái hoặc chữ số)',
    });
    // The same through parsePlan, at the unit's path.
    const plan = referencePlanJson() as { units: { id: string }[] };
    plan.units[0]!.id = "bad id";
    const result = safeParsePlan(plan);
    expect(result.success).toBe(false);
    const found = result.success ? undefined : result.error.issues.find((i) => i.code === "invalid_format");
    expect(found?.path).toEqual(["units", 0, "id"]);
    expect(found?.messageVi).not.toContain("/^");
  });

  it("names a missing value and zod's types with the model's own words", () => {
    const [issue] = issuesOf(z.object({ kind: z.literal("a") }), {});
    expect(issue).toMatchObject({ path: ["kind"], code: "missing", message: "required value is missing", messageVi: "thiếu trường bắt buộc (giá trị)" });
    const [date] = issuesOf(z.object({ a: z.date() }), {});
    expect(date).toMatchObject({ path: ["a"], code: "missing", message: "required date is missing", messageVi: "thiếu trường bắt buộc (ngày)" });
    const [type] = issuesOf(z.date(), 1);
    expect(type).toMatchObject({ code: "invalid_type", message: "expected date, received number", messageVi: "cần ngày, nhận được số" });
  });

  it("names the lengths and the kinds from the shared table, unchanged", () => {
    const [empty] = issuesOf(z.string().min(1), "");
    expect(empty).toMatchObject({ code: "too_small", message: "must not be empty", messageVi: "không được để trống" });
    const [short] = issuesOf(z.array(z.number()).min(2), [1]);
    expect(short).toMatchObject({ code: "too_small", messageVi: "quá nhỏ: số phần tử phải ít nhất là 2" });
    const [type] = issuesOf(z.union([z.number(), z.string()]), true);
    expect(type).toMatchObject({ code: "invalid_type", messageVi: "cần số hoặc chuỗi ký tự, nhận được giá trị đúng/sai" });
  });
});

describe("typeVi", () => {
  it("tries the extra table first, then the shared one, and leaves unknown parts as they are", () => {
    expect(typeVi("date")).toBe("date");
    expect(typeVi("date", MODEL_TYPE_VI)).toBe("ngày");
    expect(typeVi("date or string", MODEL_TYPE_VI)).toBe("ngày hoặc chuỗi ký tự");
    expect(typeVi("email | number", MODEL_TYPE_VI)).toBe("email hoặc số");
    expect(typeVi(undefined)).toBe("giá trị");
  });

  it("keeps the two tables apart", () => {
    for (const key of Object.keys(MODEL_TYPE_VI)) expect(Object.hasOwn(TYPE_VI, key)).toBe(false);
  });
});
