-- AlterTable
ALTER TABLE "UsageEvent" ADD COLUMN     "costMicros" INTEGER;

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "monthlyBudgetMicros" BIGINT,
ADD COLUMN     "pricesPerSecond" JSONB NOT NULL DEFAULT '{}';
