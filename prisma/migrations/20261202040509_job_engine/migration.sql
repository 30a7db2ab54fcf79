-- The job engine (pg-boss) replaces the row leases, and pending rows keep their next look (nextPollAt)
-- and are picked up by it on first start.
-- AlterTable
ALTER TABLE "Asset" ADD COLUMN     "generationId" TEXT;

-- AlterTable
ALTER TABLE "Generation" DROP COLUMN "leaseOwner",
DROP COLUMN "leaseUntil",
ADD COLUMN     "sendAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "sendReservedUntil" TIMESTAMP(3);

-- Stored videos learn which generation they copy (one per generation, from now on enforced).
UPDATE "Asset" AS a SET "generationId" = g."id" FROM "Generation" AS g WHERE g."videoAssetId" = a."id";

-- CreateIndex
CREATE UNIQUE INDEX "Asset_generationId_key" ON "Asset"("generationId");

-- CreateIndex
CREATE INDEX "Generation_state_createdAt_idx" ON "Generation"("state", "createdAt");
