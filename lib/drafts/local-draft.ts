import type { DraftDto } from "./draft-schema";

/**
 * The browser's own copy of the draft, written on every change: a crashed or offline tab loses
 * nothing. Keyed by user and workspace, so two accounts (or two workspaces) on one browser never
 * see each other's drafts.
 */
export const localDraftKey = (owner: { userId: string; workspaceId: string }) =>
  `studio:draft:${owner.userId}:${owner.workspaceId}`;

export function readLocalDraft(storage: Pick<Storage, "getItem">, key: string): DraftDto | null {
  try {
    const value = JSON.parse(storage.getItem(key) ?? "null") as DraftDto | null;
    if (!value || typeof value.prompt !== "string" || typeof value.updatedAt !== "string") return null;
    if (!Array.isArray(value.referenceImages) || Number.isNaN(Date.parse(value.updatedAt))) return null;
    return value;
  } catch {
    return null; // a corrupt entry is simply forgotten
  }
}

export function writeLocalDraft(storage: Pick<Storage, "setItem">, key: string, draft: DraftDto) {
  try {
    storage.setItem(key, JSON.stringify(draft));
  } catch {
    // storage full or disabled: the server copy still has it
  }
}

/** Newest wins: the local copy only when it was written after the server's. */
export function newerLocal(server: DraftDto | null, local: DraftDto | null): DraftDto | null {
  if (!local) return null;
  if (!server) return local;
  return Date.parse(local.updatedAt) > Date.parse(server.updatedAt) ? local : null;
}
