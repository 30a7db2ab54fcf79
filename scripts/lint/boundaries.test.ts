import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The architecture's boundaries are ESLint rules (eslint.config.mjs), so breaking one fails
 * `npm run lint`. This proves each rule fires, on throwaway files written into lib/ for the test.
 */
const root = path.resolve(import.meta.dirname, "../..");
const probe = path.join(root, "lib", `lint-probe-${process.pid}`);
const files = {
  "cycle-a.ts": `import { b } from "./cycle-b";\nexport const a = () => b;\n`,
  "cycle-b.ts": `import { a } from "./cycle-a";\nexport const b = () => a;\n`,
  "to-component.ts": `import { Button } from "@/components/ui/button";\nexport const used = Button;\n`,
  "to-hook-folder.ts": `import { workspaceFetch } from "@/hooks/request-workspace";\nexport const used = workspaceFetch;\n`,
  "react-hook.ts": `import { useState } from "react";\nexport const useThing = () => useState(0);\n`,
  "fine.ts": `import { cache } from "react";\nimport { WORKSPACE_HEADER } from "@/lib/workspaces/workspace-header";\nexport const header = cache(() => WORKSPACE_HEADER);\n`,
};

let results: Map<string, string[]>;
beforeAll(async () => {
  mkdirSync(probe, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(probe, name), text);
  const eslint = new ESLint({ cwd: root });
  const linted = await eslint.lintFiles(Object.keys(files).map((name) => path.join(probe, name)));
  results = new Map(
    linted.map((r) => [path.basename(r.filePath), r.messages.map((m) => m.ruleId ?? m.message)]),
  );
}, 120_000);
afterAll(() => rmSync(probe, { recursive: true, force: true }));

describe("lint boundaries", () => {
  it("fail on an import cycle", () => {
    expect(results.get("cycle-a.ts")).toContain("import/no-cycle");
    expect(results.get("cycle-b.ts")).toContain("import/no-cycle");
  });

  it("fail on lib/ importing components/ or hooks/", () => {
    expect(results.get("to-component.ts")).toContain("@typescript-eslint/no-restricted-imports");
    expect(results.get("to-hook-folder.ts")).toContain("@typescript-eslint/no-restricted-imports");
  });

  it("fail on a React hook in lib/", () => {
    expect(results.get("react-hook.ts")).toContain("@typescript-eslint/no-restricted-imports");
  });

  it("let lib/ use React's cache and shared constants", () => {
    expect(results.get("fine.ts")).toEqual([]);
  });
});
