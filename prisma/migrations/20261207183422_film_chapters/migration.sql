-- AlterTable
ALTER TABLE "Generation" ADD COLUMN     "chapters" JSONB;
