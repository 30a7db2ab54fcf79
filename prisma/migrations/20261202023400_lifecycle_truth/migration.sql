-- AlterTable
ALTER TABLE "Generation" ADD COLUMN     "mirrorError" TEXT,
ADD COLUMN     "sendStartedAt" TIMESTAMP(3),
ADD COLUMN     "sentRequest" JSONB,
ADD COLUMN     "taskMissingSince" TIMESTAMP(3);
