import { defaultClientConditions, defineConfig } from "vite";

// The workbench is a static site: relative asset URLs, so it works at `/` beside the API, in any
// folder of an intranet server (`cailiang web --out DIR`), and from a path prefix behind a proxy.
// The core is bundled from its TypeScript sources: the browser runs the same engine as the API.
export default defineConfig({
  root: "ui",
  base: "./",
  resolve: { conditions: ["@cailiang/source", ...defaultClientConditions] },
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: "../dist",
    emptyOutDir: true,
    target: "es2022",
    reportCompressedSize: true,
    chunkSizeWarningLimit: 1024,
  },
});
