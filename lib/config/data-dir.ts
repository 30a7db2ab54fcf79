import "server-only";
import path from "node:path";

/** The git-ignored folder holding the embedded database, generated secrets and local files. */
export function dataDir(configured: string | undefined = process.env.DATA_DIR): string {
  // turbopackIgnore: the folder is chosen at run time and holds no code to trace.
  return path.resolve(/*turbopackIgnore: true*/ configured ?? ".data");
}
