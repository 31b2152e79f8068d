import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", schemas: "src/schemas.ts", node: "src/node.ts", publish: "src/publish/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "node20",
});
