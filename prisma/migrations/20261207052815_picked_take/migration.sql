-- AlterTable
ALTER TABLE "Generation" ADD COLUMN     "pickedAt" TIMESTAMP(3);
