import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { commentDtoSelect, toCommentDto, type CommentDto } from "./comment-dto";

/** A video's comments, oldest first (a conversation reads down); deleted ones are left out. */
export async function listComments(input: {
  db: PrismaClient;
  workspaceId: string;
  generationId: string;
}): Promise<CommentDto[]> {
  const rows = await input.db.comment.findMany({
    // Ownership in the query: another workspace's video simply has no comments here.
    where: { generationId: input.generationId, workspaceId: input.workspaceId, deletedAt: null },
    select: commentDtoSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map(toCommentDto);
}
