// npm run bench:check -- [file …]: compares the last JSON lines of `npm run bench` and
// `npm run bench:http` (read from the files, or from standard input) with the goals of the speed
// issue, and prints each figure against its goal. Not a test: figures are noisy, and a bench never
// fails CI; the exit status is 1 when a figure falls short, for whoever runs it by hand.
//   npm run --silent bench | tee bench.txt && npm run --silent bench:check -- bench.txt
import { readFileSync } from "node:fs";

type Goal = { key: string; what: string; op: "<" | "≤" | "≥"; goal: number; unit: string };

const GOALS: Goal[] = [
  { key: "assessVsHand", what: "assess() against the hand-coded fine", op: "≤", goal: 8, unit: "×" },
  { key: "load10kMs", what: "loading the 10,000-offense pack", op: "<", goal: 1000, unit: " ms" },
  { key: "load10kMiB", what: "heap retained by the 10,000-offense pack", op: "<", goal: 150, unit: " MiB" },
  { key: "largeVsSmall", what: "assessment with 10,000 against 20 offenses", op: "≤", goal: 1.1, unit: "×" },
  { key: "validate3kMs", what: "validating 3,032 offenses", op: "<", goal: 2000, unit: " ms" },
  { key: "validate3kMiB", what: "peak RSS validating 3,032 offenses", op: "<", goal: 200, unit: " MiB" },
  { key: "ratio", what: "POST /v1/assess against GET /healthz (throughput)", op: "≥", goal: 0.5, unit: "" },
  { key: "assessP99Ms", what: "p99 of POST /v1/assess at 10 connections", op: "≤", goal: 5, unit: " ms" },
];

const text = process.argv.length > 2 ? process.argv.slice(2).map((f) => readFileSync(f, "utf8")).join("\n") : readFileSync(0, "utf8");
const figures: Record<string, number> = {};
for (const line of text.split("\n")) {
  if (!line.trim().startsWith("{")) continue;
  try {
    Object.assign(figures, JSON.parse(line) as Record<string, number>);
  } catch {
    // not a figures line
  }
}

let short = 0;
let seen = 0;
for (const g of GOALS) {
  const v = figures[g.key];
  if (typeof v !== "number") continue;
  seen++;
  const met = g.op === "<" ? v < g.goal : g.op === "≤" ? v <= g.goal : v >= g.goal;
  if (!met) short++;
  console.log(`${met ? "✓" : "✗"} ${g.what.padEnd(52)} ${String(v).padStart(8)}${g.unit}  (goal ${g.op} ${g.goal}${g.unit})`);
}
if (seen === 0) {
  console.log("no figures found: pass the output of `npm run bench` or `npm run bench:http`");
  process.exitCode = 2;
} else {
  console.log(short === 0 ? `all ${seen} figures meet their goals` : `${short} of ${seen} figures fall short`);
  if (short > 0) process.exitCode = 1;
}
