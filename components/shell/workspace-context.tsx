"use client";

import { createContext, useContext } from "react";
import type { Role } from "@/lib/auth/roles";
import type { PriceTable } from "@/lib/usage/prices";
import { canIn, canTouchGeneration, type Permission } from "@/lib/workspaces/permissions";
import { setRequestWorkspace } from "@/hooks/request-workspace";

export interface WorkspaceView {
  id: string;
  name: string;
  personal: boolean;
  role: Role;
  userId: string;
  /** The workspace's rule narrowing the table (who may make share links). */
  publicLinksMinRole: Role;
  /** What the team pays per second of each model (an admin's setting): empty means no money shown. */
  prices: PriceTable;
  /** The caller's other workspaces where they may create: where videos may be moved or copied. */
  destinations: { id: string; name: string; personal: boolean }[];
}

const WorkspaceContext = createContext<WorkspaceView | null>(null);

/**
 * The workspace this page shows. Every action and API call from it names this workspace, so a
 * switch made in another tab can never redirect what this one does.
 */
export function WorkspaceProvider({ value, children }: { value: WorkspaceView; children: React.ReactNode }) {
  // In the browser only: on the server this module is shared by every request being rendered.
  if (typeof window !== "undefined") setRequestWorkspace(value.id);
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace() {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error("useWorkspace outside WorkspaceProvider");
  return {
    ...value,
    /** The permission table, as the server applies it: buttons show only what would be allowed. */
    can: (permission: Permission) => canIn(value.role, permission, value),
    canTouch: (creatorId: string, verb: "delete" | "cancel") =>
      canTouchGeneration({ userId: value.userId, role: value.role }, creatorId, verb),
  };
}
