-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "monthlyBudgetMicros" BIGINT;
