/**
 * `npm run schema`: writes the plan's JSON Schema to schema/plan.schema.json, the file the package ships for
 * editors ("$schema": "./node_modules/cong-doan-ke-hoach/schema/plan.schema.json"). A test keeps the file
 * equal to planJsonSchema().
 */
import { writeFileSync } from "node:fs";
import { planJsonSchema } from "../src/model/planJsonSchema.js";

const target = new URL("../schema/plan.schema.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(planJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
