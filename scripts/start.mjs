// `npm start`: builds only when a build is missing or older than its sources (quietly: the build's
// output is shown only if it fails), then runs the built server in this process.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The packages the server runs from, with the build file that must be newer than their sources. */
const BUILDS = [
  { pkg: "packages/core", output: "dist/index.js" },
  { pkg: "packages/server", output: "dist/main.js" },
];

/** Newest modification time under `path` (a file or a directory tree), or 0 when absent. */
/** @param {string} path @returns {number} */
function newest(path) {
  let s;
  try {
    s = statSync(path);
  } catch {
    return 0;
  }
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Why a build is needed (missing or stale output), or undefined when every build is current. */
/** @param {string} [root] @returns {string | undefined} */
export function staleBuild(root = ROOT) {
  for (const { pkg, output } of BUILDS) {
    const built = newest(join(root, pkg, output));
    if (built === 0) return `${pkg}/${output} is missing`;
    const sources = Math.max(...["src", "package.json", "tsup.config.ts"].map((p) => newest(join(root, pkg, p))));
    if (sources > built) return `${pkg} changed since its build`;
  }
  return undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const reason = staleBuild();
  if (reason) {
    process.stderr.write(`building (${reason})…\n`);
    const build = spawnSync("npm", ["run", "build", "--silent"], { cwd: ROOT, encoding: "utf8" });
    if (build.status !== 0) {
      process.stderr.write(`${build.stdout}${build.stderr}build failed\n`);
      process.exit(build.status ?? 1);
    }
  }
  await import(pathToFileURL(join(ROOT, "packages/server/dist/main.js")).href);
}
