-- pg_trgm gives the prompt index its operator class. Trusted since PostgreSQL 13 (the database
-- owner may create it), and PGlite must be opened with it (lib/db/embedded-extensions.ts).
-- No semicolons in these comments: a driver splits the script on them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- DropIndex
DROP INDEX "Generation_workspaceId_createdAt_id_idx";

-- CreateIndex
CREATE INDEX "Generation_workspaceId_createdAt_id_idx" ON "Generation"("workspaceId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Generation_workspaceId_creatorId_createdAt_id_idx" ON "Generation"("workspaceId", "creatorId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Generation_workspaceId_model_createdAt_id_idx" ON "Generation"("workspaceId", "model", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Generation_workspaceId_aspectRatio_createdAt_id_idx" ON "Generation"("workspaceId", "aspectRatio", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Generation_favorite_idx" ON "Generation"("workspaceId", "createdAt" DESC, "id" DESC) WHERE (favorite AND "deletedAt" IS NULL);

-- CreateIndex
CREATE INDEX "Generation_prompt_trgm_idx" ON "Generation" USING GIN ("prompt" gin_trgm_ops);

-- Prompts are nearly all distinct, so the planner estimates how many match a search from the
-- column's histogram: with the default 100 entries a word in 3% of prompts could look rare and be
-- fetched in full through the trigram index, instead of read newest-first until the page is full.
ALTER TABLE "Generation" ALTER COLUMN "prompt" SET STATISTICS 1000;
