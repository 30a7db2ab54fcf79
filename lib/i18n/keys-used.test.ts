import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "./messages/en";

/** The source that may use a message: the app, its components and lib, not the catalogues or tests. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === "messages" || entry.name === "generated" ? [] : sources(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [full] : [];
  });
}

const root = path.resolve(__dirname, "../..");
const code = ["app", "components", "lib"]
  .flatMap((dir) => sources(path.join(root, dir)))
  .map((file) => readFileSync(file, "utf8"))
  .join("\n");

describe("message keys", () => {
  it("every key in the catalogue is used by the code (a key nobody says is a translation nobody reads)", () => {
    const unused: string[] = [];
    for (const [namespace, messages] of Object.entries(en as Record<string, Record<string, string>>))
      for (const key of Object.keys(messages)) {
        // As t("key"), t("namespace.key"), a key in a table ({ title: "key" }) or a schema's "namespace.key".
        const said = new RegExp(`["'\`.]${key}["'\`]`).test(code);
        if (!said) unused.push(`${namespace}.${key}`);
      }
    expect(unused).toEqual([]);
  });
});
