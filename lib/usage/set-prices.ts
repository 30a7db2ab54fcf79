import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { z } from "@/lib/validation/zod";
import { MODEL_IDS } from "@/lib/grok/catalog";
import { AppError } from "@/lib/errors";
import { recordActivity } from "@/lib/workspaces/record-activity";
import { dollarsSchema, readPrices } from "./price-schemas";
import { formatMoney, MAX_BUDGET_MICROS, MAX_PRICE_MICROS, type PriceTable } from "./prices";

/** The Usage page's two money settings, as the actions receive them (dollars as typed). */
export const pricesInputSchema = z.object({
  prices: z
    .array(
      z.object({
        model: z.enum(MODEL_IDS, { message: "That is not a model of this studio." }),
        dollarsPerSecond: dollarsSchema("a price", MAX_PRICE_MICROS),
      }),
    )
    .max(MODEL_IDS.length, "One price per model."),
});
export const budgetInputSchema = z.object({ dollars: dollarsSchema("a budget", MAX_BUDGET_MICROS) });
export const memberBudgetInputSchema = budgetInputSchema.extend({
  userId: z.string().trim().min(1, "Whose budget? Choose a member.").max(64),
});

/**
 * Sets what the team pays per second of each model (an empty price removes it). Videos already
 * asked for keep the cost of their day. The guard has checked `quotas.manage`.
 */
export async function setPrices(
  db: PrismaClient,
  input: {
    workspaceId: string;
    actorId: string;
    prices: { model: string; dollarsPerSecond: number | null }[];
  },
): Promise<{ prices: PriceTable }> {
  return db.$transaction(async (tx) => {
    const before = await tx.workspace.findUnique({
      where: { id: input.workspaceId },
      select: { name: true, pricesPerSecond: true },
    });
    if (!before) throw new AppError("not_found", "This workspace does not exist.");
    const prices = readPrices(before.pricesPerSecond);
    for (const { model, dollarsPerSecond } of input.prices) {
      if (dollarsPerSecond === null) delete prices[model];
      else prices[model] = dollarsPerSecond;
    }
    await tx.workspace.update({ where: { id: input.workspaceId }, data: { pricesPerSecond: prices } });
    await recordActivity(tx, {
      workspaceId: input.workspaceId,
      actorId: input.actorId,
      action: "prices.set",
      subject: before.name,
      detail: {
        prices: Object.fromEntries(Object.entries(prices).map(([m, micros]) => [m, formatMoney(micros)])),
      },
    });
    return { prices };
  });
}

/** Sets (or, with null, removes) the money the whole workspace may spend per calendar month. */
export async function setWorkspaceBudget(
  db: PrismaClient,
  input: { workspaceId: string; actorId: string; micros: number | null },
): Promise<{ budgetMicros: number | null }> {
  return db.$transaction(async (tx) => {
    const before = await tx.workspace.findUnique({
      where: { id: input.workspaceId },
      select: { name: true, monthlyBudgetMicros: true },
    });
    if (!before) throw new AppError("not_found", "This workspace does not exist.");
    await tx.workspace.update({
      where: { id: input.workspaceId },
      data: { monthlyBudgetMicros: input.micros === null ? null : BigInt(input.micros) },
    });
    const money = (m: bigint | number | null) => (m === null ? null : formatMoney(Number(m)));
    await recordActivity(tx, {
      workspaceId: input.workspaceId,
      actorId: input.actorId,
      action: "quota.budget_set",
      subject: before.name,
      detail: { from: money(before.monthlyBudgetMicros), to: money(input.micros) },
    });
    return { budgetMicros: input.micros };
  });
}

/** Sets (or, with null, removes) the money one member may spend per calendar month here. */
export async function setMemberBudget(
  db: PrismaClient,
  input: { workspaceId: string; actorId: string; userId: string; micros: number | null },
): Promise<{ budgetMicros: number | null }> {
  return db.$transaction(async (tx) => {
    const key = { userId_workspaceId: { userId: input.userId, workspaceId: input.workspaceId } };
    const before = await tx.membership.findUnique({
      where: key,
      select: { monthlyBudgetMicros: true, user: { select: { name: true, email: true } } },
    });
    if (!before) throw new AppError("not_found", "That person is not a member of this workspace.");
    await tx.membership.update({
      where: key,
      data: { monthlyBudgetMicros: input.micros === null ? null : BigInt(input.micros) },
    });
    const money = (m: bigint | number | null) => (m === null ? null : formatMoney(Number(m)));
    await recordActivity(tx, {
      workspaceId: input.workspaceId,
      actorId: input.actorId,
      action: "quota.member_budget_set",
      subject: before.user.name ?? before.user.email,
      detail: { userId: input.userId, from: money(before.monthlyBudgetMicros), to: money(input.micros) },
    });
    return { budgetMicros: input.micros };
  });
}
