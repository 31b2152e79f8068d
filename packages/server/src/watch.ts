import { watch, type FSWatcher } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { errorFields, type Logger } from "./logger.js";

export interface WatchOptions {
  /** Quiet time after the last change before `onChange` runs (editors write in bursts). */
  debounceMs?: number;
  /** Interval of the fallback poll, used only where recursive fs.watch is unavailable or fails. */
  pollMs?: number;
  logger: Logger;
}

export interface Watcher {
  close(): void;
}

/**
 * Calls `onChange` (debounced) whenever a file under `dir` changes. Uses recursive fs.watch
 * (supported on Linux since Node 20); falls back to polling sizes and mtimes when it is not.
 */
export function watchTree(dir: string, onChange: () => void, opts: WatchOptions): Watcher {
  const debounceMs = opts.debounceMs ?? 250;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const trigger = () => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, debounceMs);
  };

  let fsWatcher: FSWatcher | undefined;
  let poller: NodeJS.Timeout | undefined;
  const startPolling = (reason: unknown) => {
    if (closed || poller) return;
    opts.logger.warn("recursive file watching unavailable; polling the rules directory", { dir, ...errorFields(reason) });
    let last: string | undefined;
    let busy = false;
    poller = setInterval(() => {
      if (busy) return;
      busy = true;
      void signature(dir)
        .then((sig) => {
          if (last !== undefined && sig !== last) trigger();
          last = sig;
        })
        .finally(() => {
          busy = false;
        });
    }, opts.pollMs ?? 1000);
    poller.unref();
  };

  try {
    fsWatcher = watch(dir, { recursive: true, persistent: false }, trigger);
    fsWatcher.on("error", (err) => {
      fsWatcher?.close();
      fsWatcher = undefined;
      startPolling(err);
    });
  } catch (err) {
    startPolling(err);
  }

  return {
    close() {
      closed = true;
      clearTimeout(timer);
      clearInterval(poller);
      fsWatcher?.close();
    },
  };
}

/** Sizes and mtimes of every file under `dir`: changes when any file does. */
async function signature(dir: string): Promise<string> {
  try {
    const names = (await readdir(dir, { recursive: true })).sort();
    const stats = await Promise.all(names.map(async (n) => {
      const s = await stat(join(dir, n)).catch(() => null);
      return s ? `${n}:${s.size}:${s.mtimeMs}` : n;
    }));
    return stats.join("\n");
  } catch {
    return "";
  }
}
