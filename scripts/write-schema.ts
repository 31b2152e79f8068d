// Writes the JSON Schemas generated from the zod schemas into rules/schema/ (npm run schema).
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ruleFileSchemas } from "@cailiang/core/schemas";

const dir = fileURLToPath(new URL("../rules/schema/", import.meta.url));
for (const [name, schema] of Object.entries(ruleFileSchemas())) {
  writeFileSync(dir + name, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote rules/schema/${name}`);
}
