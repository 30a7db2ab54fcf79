import { readdirSync, readFileSync } from "node:fs";

export const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

/** Resident memory of a process and its children (tsx runs the worker in a child), in KiB. */
export function rssKb(pid: number): number {
  const kb = (p: number) => {
    try {
      return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      return 0;
    }
  };
  const children = (p: number): number[] => {
    try {
      return readdirSync(`/proc/${p}/task`).flatMap((t) =>
        readFileSync(`/proc/${p}/task/${t}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number),
      );
    } catch {
      return [];
    }
  };
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...children(all[i]!));
  // The worker itself: the largest process in the tree (the tsx launcher is a thin parent).
  return Math.max(...all.map(kb));
}

/** Samples a process's memory every 250 ms; `peak` and `last` in KiB. */
export function watchMemory(pid: number) {
  let peak = 0;
  let last = 0;
  const timer = setInterval(() => {
    last = rssKb(pid);
    peak = Math.max(peak, last);
  }, 250);
  return {
    stop: () => clearInterval(timer),
    get peak() {
      return peak;
    },
    get last() {
      return last;
    },
  };
}
