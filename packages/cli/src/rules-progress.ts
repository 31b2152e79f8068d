import cliProgress from "cli-progress";
import type { RulesProgress } from "@cailiang/core/node";
import type { Io } from "./io.js";

/**
 * A progress bar for checking rule files (validate, test): steps are added as versions are found,
 * each offense file read, validated and compiled is a step. Nothing when `io` has no progress
 * stream (stderr not a terminal).
 */
export function rulesProgress(io: Io): RulesProgress & { stop(): void } {
  const stream = io.progress;
  if (!stream) return { add: () => undefined, tick: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: " {bar} {percentage}% | 校验规则文件 checking rule files | {value}/{total} | 剩余 ETA {eta_formatted}",
      hideCursor: true,
      clearOnComplete: true,
      noTTYOutput: true,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  let total = 0;
  let done = 0;
  return {
    add(steps) {
      if (total === 0) bar.start(steps, 0);
      else bar.setTotal(total + steps);
      total += steps;
    },
    tick(steps) {
      // A version loaded again without its bad files counts its steps twice: the bar stops at its end.
      const next = Math.min(total, done + steps);
      bar.increment(next - done);
      done = next;
    },
    stop() {
      if (total > 0) bar.stop();
    },
  };
}
