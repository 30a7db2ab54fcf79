-- CreateIndex
CREATE INDEX "Generation_workspaceId_model_resolution_finishedAt_idx" ON "Generation"("workspaceId", "model", "resolution", "finishedAt" DESC);
