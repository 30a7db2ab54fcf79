-- AlterEnum (the new value is used by the next migration: PostgreSQL lets a value added in a
-- transaction be used only once it is committed)
ALTER TYPE "NotificationKind" ADD VALUE 'guest_feedback';

-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "guestName" TEXT,
ADD COLUMN     "shareLinkId" TEXT,
ALTER COLUMN "authorId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Generation" ADD COLUMN     "reviewStatusGuest" TEXT;

-- AlterTable
ALTER TABLE "ShareLink" ADD COLUMN     "allowApproval" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "allowComments" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Comment_shareLinkId_generationId_idx" ON "Comment"("shareLinkId", "generationId");

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_shareLinkId_fkey" FOREIGN KEY ("shareLinkId") REFERENCES "ShareLink"("id") ON DELETE SET NULL ON UPDATE CASCADE;
