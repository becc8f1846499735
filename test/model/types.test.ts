import { describe, expectTypeOf, it } from "vitest";
import {
  parsePlan,
  planToJSON,
  safeParsePlan,
  type Plan,
  type PlanJson,
  type PlanValidationError,
  type SafeResult,
  type Unit,
  type UnitKind,
  type Vnd,
  type Window,
} from "../../src/index.js";

describe("public types", () => {
  it("parsePlan takes unknown and returns a Plan; safeParsePlan a SafeResult", () => {
    expectTypeOf(parsePlan).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parsePlan).returns.toEqualTypeOf<Plan>();
    expectTypeOf(safeParsePlan).returns.toEqualTypeOf<SafeResult<Plan, PlanValidationError>>();
    expectTypeOf(planToJSON).returns.toEqualTypeOf<PlanJson>();
  });

  it("types a parsed plan read-only, with Vnd amounts", () => {
    expectTypeOf<Plan["units"]>().toMatchTypeOf<readonly Unit[]>();
    expectTypeOf<Plan["units"][number]["kind"]>().toEqualTypeOf<UnitKind>();
    expectTypeOf<NonNullable<Plan["budget"]>["sections"][number]["lines"][number]["amount"]>().toEqualTypeOf<Vnd | undefined>();
    expectTypeOf<Plan["phases"][number]["window"]>().toMatchTypeOf<Window>();
    const mutate = (p: Plan, unit: Unit) => {
      // @ts-expect-error a parsed plan cannot be changed
      p.id = "x";
      // @ts-expect-error nor its lists
      p.units.push(unit);
    };
    void mutate; // compile-time only
  });

  it("accepts amounts as numbers or digit strings in a plan document", () => {
    expectTypeOf<NonNullable<PlanJson["budget"]>["declaredTotal"]>().toEqualTypeOf<number | string | undefined>();
  });

  it("has optional fields that are absent, not undefined (exactOptionalPropertyTypes)", () => {
    // @ts-expect-error an optional field may be left out but not set to undefined
    const unit: Unit = { id: "a", name: "A", kind: "department", parentId: undefined };
    void unit;
  });
});
