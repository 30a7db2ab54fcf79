import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { readPrices } from "./price-schemas";
import type { PriceTable } from "./prices";

/** The workspace's price per second of each model (an admin's setting; empty when none is set). */
export async function workspacePrices(
  tx: Prisma.TransactionClient,
  workspaceId: string,
): Promise<PriceTable> {
  const row = await tx.workspace.findUnique({
    where: { id: workspaceId },
    select: { pricesPerSecond: true },
  });
  return readPrices(row?.pricesPerSecond);
}
