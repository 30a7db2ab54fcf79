import { z } from "@/lib/validation/zod";

/** The per-minute pace an admin may set: at least one submit a minute, at most one a second. */
export const SUBMITS_PER_MINUTE = { min: 1, max: 60, default: 10 } as const;

/** Who may make share links, as an admin chooses it (owners always may). */
export const PUBLIC_LINK_FLOORS = ["viewer", "member", "admin"] as const;

export const workspaceRulesSchema = z.object({
  // Empty means the default pace.
  submitsPerMinute: z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? null : Number(v)),
    z
      .number({ message: "Submits per minute must be a whole number." })
      .int("Submits per minute must be a whole number.")
      .min(SUBMITS_PER_MINUTE.min, `At least ${SUBMITS_PER_MINUTE.min} submit a minute.`)
      .max(SUBMITS_PER_MINUTE.max, `At most ${SUBMITS_PER_MINUTE.max} submits a minute.`)
      .nullable(),
  ),
  publicLinksMinRole: z.enum(PUBLIC_LINK_FLOORS, { message: "Choose who may make share links." }),
});

export type WorkspaceRulesInput = z.output<typeof workspaceRulesSchema>;
