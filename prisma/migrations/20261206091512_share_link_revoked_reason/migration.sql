-- AlterTable
ALTER TABLE "ShareLink" ADD COLUMN     "revokedReason" TEXT;
