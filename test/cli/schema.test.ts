/** `cong-doan-ke-hoach schema` (src/cli/schema.ts): the plan's JSON Schema, the file the package ships. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planJsonSchema } from "../../src/index.js";
import { ROOT, run, tempDir } from "./_bin.js";

const dir = tempDir();

describe("schema", () => {
  it("writes planJsonSchema(), the package's schema/plan.schema.json, to standard output or -o", async () => {
    const [stdout, file] = await Promise.all([run(["schema"], dir), run(["schema", "-o", "plan.schema.json"], dir)]);
    expect(stdout.code).toBe(0);
    expect(file.code).toBe(0);
    expect(file.stdout).toBe("");
    expect(JSON.parse(stdout.stdout)).toEqual(planJsonSchema());
    // The same schema as the file the package ships (as test/model/schemaFile.test.ts compares them: by value).
    expect(JSON.parse(stdout.stdout)).toEqual(JSON.parse(readFileSync(join(ROOT, "schema/plan.schema.json"), "utf8")));
    expect(readFileSync(join(dir, "plan.schema.json"), "utf8")).toBe(stdout.stdout);
  });

  it("takes no file", async () => {
    const { code, stderr } = await run(["schema", "plan.json"], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('thừa đối số "plan.json"');
  });
});
