-- CreateTable
CREATE TABLE "CreateDraft" (
    "userId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "prompt" TEXT NOT NULL DEFAULT '',
    "model" TEXT,
    "aspectRatio" TEXT,
    "resolution" TEXT,
    "durationSec" INTEGER,
    "inputImageId" TEXT,
    "referenceImageIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "remixedFromId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CreateDraft_pkey" PRIMARY KEY ("userId","workspaceId")
);

-- CreateIndex
CREATE INDEX "CreateDraft_workspaceId_idx" ON "CreateDraft"("workspaceId");

-- AddForeignKey
ALTER TABLE "CreateDraft" ADD CONSTRAINT "CreateDraft_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreateDraft" ADD CONSTRAINT "CreateDraft_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreateDraft" ADD CONSTRAINT "CreateDraft_remixedFromId_fkey" FOREIGN KEY ("remixedFromId") REFERENCES "Generation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
