-- AlterTable
ALTER TABLE "Generation" ADD COLUMN     "paceAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "publicLinksMinRole" "Role" NOT NULL DEFAULT 'viewer',
ADD COLUMN     "submitsPerMinute" INTEGER;

-- CreateIndex
CREATE INDEX "Generation_workspaceId_creatorId_paceAt_idx" ON "Generation"("workspaceId", "creatorId", "paceAt");
