-- CreateEnum
CREATE TYPE "StoryboardRunState" AS ENUM ('idle', 'running', 'stopped');

-- CreateEnum
CREATE TYPE "FilmState" AS ENUM ('none', 'building', 'ready', 'failed');

-- AlterTable
ALTER TABLE "Generation" ADD COLUMN     "shotId" TEXT;

-- CreateTable
CREATE TABLE "Storyboard" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "creatorId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "aspectRatio" TEXT NOT NULL,
    "resolution" TEXT NOT NULL,
    "runState" "StoryboardRunState" NOT NULL DEFAULT 'idle',
    "runById" TEXT,
    "runStartedAt" TIMESTAMP(3),
    "runError" TEXT,
    "filmState" "FilmState" NOT NULL DEFAULT 'none',
    "filmAssetId" TEXT,
    "filmTakeIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "filmChapters" JSONB NOT NULL DEFAULT '[]',
    "filmProgress" INTEGER NOT NULL DEFAULT 0,
    "filmError" TEXT,
    "filmCrossfade" BOOLEAN NOT NULL DEFAULT false,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Storyboard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shot" (
    "id" TEXT NOT NULL,
    "storyboardId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "prompt" TEXT NOT NULL,
    "durationSec" INTEGER NOT NULL,
    "continues" BOOLEAN NOT NULL DEFAULT false,
    "referenceImageIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "chosenTakeId" TEXT,
    "startFromTakeId" TEXT,
    "startFrameAssetId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Shot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Storyboard_filmAssetId_key" ON "Storyboard"("filmAssetId");

-- CreateIndex
CREATE INDEX "Storyboard_workspaceId_updatedAt_idx" ON "Storyboard"("workspaceId", "updatedAt" DESC);

-- CreateIndex
CREATE INDEX "Storyboard_runState_idx" ON "Storyboard"("runState");

-- CreateIndex
CREATE INDEX "Shot_storyboardId_position_idx" ON "Shot"("storyboardId", "position");

-- CreateIndex
CREATE INDEX "Generation_shotId_createdAt_idx" ON "Generation"("shotId", "createdAt");

-- AddForeignKey
ALTER TABLE "Generation" ADD CONSTRAINT "Generation_shotId_fkey" FOREIGN KEY ("shotId") REFERENCES "Shot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Storyboard" ADD CONSTRAINT "Storyboard_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Storyboard" ADD CONSTRAINT "Storyboard_creatorId_fkey" FOREIGN KEY ("creatorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Storyboard" ADD CONSTRAINT "Storyboard_runById_fkey" FOREIGN KEY ("runById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Storyboard" ADD CONSTRAINT "Storyboard_filmAssetId_fkey" FOREIGN KEY ("filmAssetId") REFERENCES "Asset"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shot" ADD CONSTRAINT "Shot_storyboardId_fkey" FOREIGN KEY ("storyboardId") REFERENCES "Storyboard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shot" ADD CONSTRAINT "Shot_chosenTakeId_fkey" FOREIGN KEY ("chosenTakeId") REFERENCES "Generation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shot" ADD CONSTRAINT "Shot_startFromTakeId_fkey" FOREIGN KEY ("startFromTakeId") REFERENCES "Generation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shot" ADD CONSTRAINT "Shot_startFrameAssetId_fkey" FOREIGN KEY ("startFrameAssetId") REFERENCES "Asset"("id") ON DELETE SET NULL ON UPDATE CASCADE;
