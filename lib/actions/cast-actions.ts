"use server";

import { z } from "@/lib/validation/zod";
import { db } from "@/lib/db/client";
import { characterSchema } from "@/lib/characters/character-schemas";
import { removeCharacter, saveCharacter } from "@/lib/characters/manage-cast";
import { workspaceAction } from "./safe-action";

// The workspace's cast: characters named `@Name` in prompts (lib/characters).

export const saveCharacterAction = workspaceAction(
  characterSchema.extend({ id: z.string().trim().min(1).max(64).optional() }),
  "storyboards.edit",
  (input, ctx) => saveCharacter({ db, workspaceId: ctx.workspace.id, userId: ctx.user.id }, input),
);

export const removeCharacterAction = workspaceAction(
  z.object({ id: z.string().trim().min(1, "Which character?").max(64) }),
  "storyboards.edit",
  ({ id }, ctx) => removeCharacter({ db, workspaceId: ctx.workspace.id }, id),
);
