/**
 * The release's deployment id (Next's `deploymentId`: asset URLs, server-action routing and skew
 * checks), fixed by the build so that an instance cannot run with another one.
 *
 * Why: `next start` re-reads next.config.ts, so an instance started with a DEPLOYMENT_ID its build
 * was not made with served pages whose scripts never hydrated (Generate then submitted the form as
 * a GET). Now the build records the id (in required-server-files.json, which Next writes), every
 * instance takes it from there, and one whose DEPLOYMENT_ID names another refuses to start.
 *
 * Plain Node (no "server-only", no env schema): next.config.ts loads it before anything else.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export const BUILD_PHASE = "phase-production-build";
export const SERVER_PHASE = "phase-production-server";

export class DeploymentIdMismatch extends Error {
  constructor(requested: string, built: string | undefined) {
    super(
      `DEPLOYMENT_ID is "${requested}", but this build was made ${built ? `with "${built}"` : "without one"}. ` +
        `Every instance of a release runs the build it was made with: build once with ` +
        `DEPLOYMENT_ID=${requested} npm run build and start every instance from that build, ` +
        `or leave DEPLOYMENT_ID unset when starting (the build's own id is used).`,
    );
    this.name = "DeploymentIdMismatch";
  }
}

/**
 * - building: the variable, if set;
 * - serving a build: the build's id; a variable that differs from it is refused;
 * - anything else (dev, lint): the variable, as Next would use it.
 */
export function resolveDeploymentId(input: {
  phase: string;
  requested: string | undefined;
  readBuilt: () => string | undefined;
}): string | undefined {
  const requested = input.requested?.trim() || undefined;
  if (input.phase !== SERVER_PHASE) return requested;
  const built = input.readBuilt();
  if (requested !== undefined && requested !== built) throw new DeploymentIdMismatch(requested, built);
  return built;
}

/** The id recorded by `next build` in `<distDir>/required-server-files.json` (undefined if none). */
export function builtDeploymentId(distDir: string): string | undefined {
  const file = path.resolve(distDir, "required-server-files.json");
  if (!existsSync(file)) return undefined;
  const recorded = JSON.parse(readFileSync(file, "utf8")) as { config?: { deploymentId?: unknown } };
  const id = recorded.config?.deploymentId;
  return typeof id === "string" && id !== "" ? id : undefined;
}
