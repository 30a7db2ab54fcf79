-- AlterTable
ALTER TABLE "Generation" ADD COLUMN     "mirrorNextTryBy" TIMESTAMP(3);
