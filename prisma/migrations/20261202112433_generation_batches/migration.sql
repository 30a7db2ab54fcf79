-- AlterTable
ALTER TABLE "Generation" ADD COLUMN     "batchId" TEXT,
ADD COLUMN     "batchIndex" INTEGER,
ADD COLUMN     "batchSize" INTEGER;
