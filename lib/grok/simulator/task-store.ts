import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "@/lib/validation/zod";
import type { SimTask } from "./tasks";
import { validateSubmit } from "./validate-submit";

/**
 * Tasks on disk as JSON lines, so a restarted simulator still knows (and finishes) what it
 * accepted: one line per creation or change, the last line of an id wins. Lines are appended
 * synchronously, so a task whose submit was answered survives even `kill -9`.
 */
const storedTaskSchema = z.object({
  id: z.string().min(1),
  traceId: z.string(),
  request: z.record(z.string(), z.unknown()),
  createdAt: z.number(),
  startAt: z.number(),
  // JSON has no Infinity: a task that never finishes is stored as null.
  finishAt: z.number().nullable(),
  videoUrl: z.string(),
  videoItemId: z.string(),
  failure: z.object({ code: z.string(), message: z.string() }).optional(),
  callback: z.enum(["none", "due", "sent"]),
});

export interface TaskStore {
  /** The newest `maxTasks` tasks of the file, oldest first. */
  load(): SimTask[];
  append(task: SimTask): void;
  /** Rewrites the file as `tasks` once it holds more than twice `maxTasks` lines. */
  compactIfDue(tasks: Iterable<SimTask>): void;
  clear(): void;
}

const NO_STORE: TaskStore = { load: () => [], append() {}, compactIfDue() {}, clear() {} };

export function createTaskStore(file: string | undefined, maxTasks: number): TaskStore {
  if (!file) return NO_STORE;
  let lines = 0;

  return {
    load() {
      mkdirSync(path.dirname(file), { recursive: true });
      let text = "";
      try {
        text = readFileSync(file, "utf8");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      }
      const byId = new Map<string, SimTask>();
      for (const line of text.split("\n")) {
        if (line.trim() === "") continue;
        lines++;
        const task = parseLine(line);
        if (task) byId.set(task.id, task);
      }
      // A write cut short by a crash must not glue itself to the next line appended.
      if (text !== "" && !text.endsWith("\n")) appendFileSync(file, "\n");
      return [...byId.values()].sort((a, b) => a.createdAt - b.createdAt).slice(-maxTasks);
    },
    append(task) {
      appendFileSync(file, `${toLine(task)}\n`);
      lines++;
    },
    compactIfDue(tasks) {
      if (lines <= 2 * maxTasks) return;
      const kept = [...tasks];
      // Written aside and renamed over, so a crash mid-rewrite leaves the old file whole.
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, kept.map((task) => `${toLine(task)}\n`).join(""));
      renameSync(temporary, file);
      lines = kept.length;
    },
    clear() {
      writeFileSync(file, "");
      lines = 0;
    },
  };
}

function toLine(task: SimTask): string {
  const { submit: _submit, finishAt, ...stored } = task;
  return JSON.stringify({ ...stored, finishAt: Number.isFinite(finishAt) ? finishAt : null });
}

function parseLine(line: string): SimTask | undefined {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return undefined;
  }
  const stored = storedTaskSchema.safeParse(json);
  if (!stored.success) return undefined;
  // The validated submit is rebuilt from the request as sent, so the file never duplicates it.
  const check = validateSubmit(stored.data.request);
  if (!check.ok) return undefined;
  const { finishAt, ...task } = stored.data;
  return { ...task, submit: check.submit, finishAt: finishAt ?? Number.POSITIVE_INFINITY };
}
