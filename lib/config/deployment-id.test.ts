import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  BUILD_PHASE,
  builtDeploymentId,
  DeploymentIdMismatch,
  resolveDeploymentId,
  SERVER_PHASE,
} from "./deployment-id";

describe("resolveDeploymentId", () => {
  const built = (id: string | undefined) => () => id;

  it("building: takes the variable, or none", () => {
    expect(resolveDeploymentId({ phase: BUILD_PHASE, requested: "r42", readBuilt: built(undefined) })).toBe(
      "r42",
    );
    expect(
      resolveDeploymentId({ phase: BUILD_PHASE, requested: " ", readBuilt: built("x") }),
    ).toBeUndefined();
  });

  it("serving: the build's id, whether or not the variable repeats it", () => {
    expect(resolveDeploymentId({ phase: SERVER_PHASE, requested: undefined, readBuilt: built("r42") })).toBe(
      "r42",
    );
    expect(resolveDeploymentId({ phase: SERVER_PHASE, requested: "r42", readBuilt: built("r42") })).toBe(
      "r42",
    );
    expect(
      resolveDeploymentId({ phase: SERVER_PHASE, requested: "", readBuilt: built(undefined) }),
    ).toBeUndefined();
  });

  it("serving: refuses a variable that names another release, saying how to build with it", () => {
    const start = (requested: string, id: string | undefined) => () =>
      resolveDeploymentId({ phase: SERVER_PHASE, requested, readBuilt: built(id) });
    expect(start("r43", "r42")).toThrow(DeploymentIdMismatch);
    expect(start("r43", "r42")).toThrow(/made with "r42".*DEPLOYMENT_ID=r43 npm run build/);
    expect(start("r43", undefined)).toThrow(/made without one/);
  });
});

describe("builtDeploymentId", () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it("reads what next build recorded, and nothing when there is no build", () => {
    dir = mkdtempSync(path.join(tmpdir(), "deployment-id-"));
    expect(builtDeploymentId(dir)).toBeUndefined();
    writeFileSync(
      path.join(dir, "required-server-files.json"),
      JSON.stringify({ config: { deploymentId: "r42" } }),
    );
    expect(builtDeploymentId(dir)).toBe("r42");
    writeFileSync(path.join(dir, "required-server-files.json"), JSON.stringify({ config: {} }));
    expect(builtDeploymentId(dir)).toBeUndefined();
  });
});
