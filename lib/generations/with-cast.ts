import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { applyCast } from "@/lib/characters/apply-cast";
import type { SubmitInput } from "./submit-generation";

/** The submit as it will be written: the prompt's cast mentions applied (lib/characters/apply-cast.ts). */
export async function withCast<T extends SubmitInput>(db: PrismaClient, input: T): Promise<T> {
  const cast = await applyCast(db, input.workspaceId, input.settings);
  return cast.characterIds.length
    ? { ...input, settings: cast.settings, characterIds: cast.characterIds }
    : input;
}
