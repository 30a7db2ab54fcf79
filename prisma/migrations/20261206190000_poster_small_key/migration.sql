-- AlterTable
ALTER TABLE "Asset" ADD COLUMN     "posterSmallKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Asset_posterSmallKey_key" ON "Asset"("posterSmallKey");
