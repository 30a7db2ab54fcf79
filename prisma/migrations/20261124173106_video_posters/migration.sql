-- AlterTable
ALTER TABLE "Asset" ADD COLUMN     "posterKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Asset_posterKey_key" ON "Asset"("posterKey");
