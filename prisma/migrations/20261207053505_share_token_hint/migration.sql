-- AlterTable
ALTER TABLE "ShareLink" ADD COLUMN     "tokenHint" TEXT;
