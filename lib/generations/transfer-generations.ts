import "server-only";
import { costMicros } from "@/lib/usage/prices";
import { workspacePrices } from "@/lib/usage/workspace-prices";
import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import type { StorageDriver } from "@/lib/storage";
import { copyObject } from "@/lib/storage/copy-object";
import { secondsThisMonth } from "@/lib/usage/assert-within-quotas";
import { can, canTouchGeneration } from "@/lib/workspaces/permissions";
import { recordActivity } from "@/lib/workspaces/record-activity";
import { log } from "@/lib/log/logger";

export type TransferMode = "move" | "copy";

export interface TransferOptions {
  db: PrismaClient;
  storage: StorageDriver;
  userId: string;
  from: { workspaceId: string; role: Role };
  toWorkspaceId: string;
  ids: readonly string[];
  mode: TransferMode;
  now?: Date;
}

const assetFields = {
  id: true,
  kind: true,
  storageKey: true,
  posterKey: true,
  posterSmallKey: true,
  contentType: true,
  sizeBytes: true,
  width: true,
  height: true,
  checksum: true,
} as const satisfies Prisma.AssetSelect;

type StoredAsset = Prisma.AssetGetPayload<{ select: typeof assetFields }>;

/**
 * Moves or copies finished videos to another workspace of the caller's, where they may create:
 * each arrives as a video of that workspace with its settings, images, poster and lineage (a remix
 * whose parent comes along points at the parent's copy), under its creator's name and date. Files
 * are copied to keys of their own, so deleting either side never takes the other's files. The
 * target's quotas count the seconds brought in, as if made there this month (else a quota could be
 * passed by making videos elsewhere and moving them in). A move puts the originals in the source's
 * trash in the same transaction that writes the copies; the review, share links and comments stay
 * with the source team. Both activities record it. All of it or nothing.
 */
export async function transferGenerations(options: TransferOptions) {
  const { db, storage, userId, from, toWorkspaceId, mode } = options;
  const now = options.now ?? new Date();
  const ids = [...new Set(options.ids)];
  if (!can(from.role, "generations.create"))
    throw new AppError("forbidden", "Viewers cannot move or copy videos out of a workspace.");
  const target = await db.membership.findUnique({
    where: { userId_workspaceId: { userId, workspaceId: toWorkspaceId } },
    select: {
      role: true,
      monthlyQuotaSeconds: true,
      workspace: { select: { name: true, monthlyQuotaSeconds: true } },
    },
  });
  if (!target) throw new AppError("not_found", "You are not in that workspace.");
  if (!can(target.role, "generations.create"))
    throw new AppError(
      "forbidden",
      `You are a ${target.role} in ${target.workspace.name}: only members and up can add videos there.`,
    );

  const rows = await db.generation.findMany({
    where: { id: { in: ids }, workspaceId: from.workspaceId, deletedAt: null },
    orderBy: { createdAt: "asc" },
    include: { videoAsset: { select: assetFields } },
  });
  if (rows.length < ids.length)
    throw new AppError("not_found", "Some of these videos are not in this workspace.");
  if (toWorkspaceId === from.workspaceId) throw new AppError("bad_request", "These videos are already here.");
  const unfinished = rows.filter((r) => r.state !== "ready" || !r.videoAsset);
  if (unfinished.length)
    throw new AppError(
      "bad_request",
      `Only finished, saved videos can be ${mode === "move" ? "moved" : "copied"}: ${unfinished.length} of these ${unfinished.length === 1 ? "is" : "are"} still in the queue, failed or not saved. Nothing was ${mode === "move" ? "moved" : "copied"}.`,
    );
  if (mode === "move") {
    const others = rows.filter(
      (r) => !canTouchGeneration({ userId, role: from.role }, r.creatorId, "delete"),
    );
    if (others.length)
      throw new AppError(
        "forbidden",
        `${others.length} of these videos ${others.length === 1 ? "is" : "are"} someone else's: only its creator or an admin can move it (you can copy it). Nothing was moved.`,
      );
  }
  const images = await db.asset.findMany({
    where: {
      workspaceId: from.workspaceId,
      id: {
        in: rows.flatMap((r) => [r.inputImageId, ...r.referenceImageIds].filter((x): x is string => !!x)),
      },
    },
    select: assetFields,
  });

  // The files first (they cannot be in a transaction); undone if the rows cannot be written.
  const written: string[] = [];
  const copyKey = async (key: string | null) => {
    if (!key) return null;
    const copy = await copyObject(storage, key, now);
    written.push(copy);
    return copy;
  };
  const copies = new Map<string, StoredAsset & { newId: string }>();
  try {
    for (const asset of [...rows.map((r) => r.videoAsset!), ...images]) {
      copies.set(asset.id, {
        ...asset,
        newId: randomUUID(),
        storageKey: (await copyKey(asset.storageKey))!,
        posterKey: await copyKey(asset.posterKey),
        posterSmallKey: await copyKey(asset.posterSmallKey),
      });
    }
    return await db.$transaction(async (tx) => {
      // Under the target's submit lock, as a submit: the month's count cannot change meanwhile.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`submit:${toWorkspaceId}`}))`;
      await assertRoomFor(tx, {
        ...options,
        now,
        target,
        seconds: rows.reduce((s, r) => s + r.durationSec, 0),
      });
      await tx.asset.createMany({
        data: [...copies.values()].map((a) => ({
          id: a.newId,
          workspaceId: toWorkspaceId,
          ownerId: userId,
          kind: a.kind,
          storageKey: a.storageKey,
          posterKey: a.posterKey,
          posterSmallKey: a.posterSmallKey,
          contentType: a.contentType,
          sizeBytes: a.sizeBytes,
          width: a.width,
          height: a.height,
          checksum: a.checksum,
        })),
      });
      const newIds = new Map(rows.map((r) => [r.id, randomUUID()]));
      // Priced as made there (at the target's prices), like its seconds; no money is spent anew, so
      // the target's money budget is not checked.
      const prices = await workspacePrices(tx, toWorkspaceId);
      for (const r of rows) {
        const id = newIds.get(r.id)!;
        await tx.generation.create({
          data: {
            id,
            workspaceId: toWorkspaceId,
            creatorId: r.creatorId,
            prompt: r.prompt,
            model: r.model,
            aspectRatio: r.aspectRatio,
            resolution: r.resolution,
            durationSec: r.durationSec,
            inputImageId: r.inputImageId ? (copies.get(r.inputImageId)?.newId ?? null) : null,
            referenceImageIds: r.referenceImageIds.flatMap((ref) => copies.get(ref)?.newId ?? []),
            idempotencyKey: `${mode}:${r.id}:${id}`,
            remixedFromId: r.remixedFromId ? (newIds.get(r.remixedFromId) ?? null) : null,
            state: "ready",
            taskId: r.taskId,
            traceId: r.traceId,
            providerVideoUrl: r.providerVideoUrl,
            videoAssetId: copies.get(r.videoAsset!.id)!.newId,
            createdAt: r.createdAt,
            submittedAt: r.submittedAt,
            startedAt: r.startedAt,
            finishedAt: r.finishedAt,
          },
        });
        await tx.asset.update({
          where: { id: copies.get(r.videoAsset!.id)!.newId },
          data: { generationId: id },
        });
        await tx.usageEvent.createMany({
          data: (["requested", "produced"] as const).map((kind) => ({
            workspaceId: toWorkspaceId,
            // Counted for whoever brought it in: their quota in the target is what was checked.
            userId,
            generationId: id,
            kind,
            seconds: r.durationSec,
            costMicros: kind === "requested" ? costMicros(prices, r.model, r.durationSec) : null,
            createdAt: now,
          })),
        });
      }
      if (mode === "move") {
        const { count } = await tx.generation.updateMany({
          where: { id: { in: rows.map((r) => r.id) }, workspaceId: from.workspaceId, deletedAt: null },
          data: { deletedAt: now },
        });
        if (count !== rows.length)
          throw new AppError("conflict", "Someone deleted one of these videos just now. Nothing was moved.");
      }
      const fromName = (
        await tx.workspace.findUniqueOrThrow({ where: { id: from.workspaceId }, select: { name: true } })
      ).name;
      for (const r of rows) {
        await recordActivity(tx, {
          workspaceId: from.workspaceId,
          actorId: userId,
          action: mode === "move" ? "generation.moved_out" : "generation.copied_out",
          subject: r.prompt,
          detail: { generationId: r.id, to: target.workspace.name },
        });
        await recordActivity(tx, {
          workspaceId: toWorkspaceId,
          actorId: userId,
          action: mode === "move" ? "generation.moved_in" : "generation.copied_in",
          subject: r.prompt,
          detail: { generationId: newIds.get(r.id), from: fromName },
        });
      }
      return {
        mode,
        ids: [...newIds.values()],
        workspaceId: toWorkspaceId,
        workspaceName: target.workspace.name,
      };
    });
  } catch (error) {
    await Promise.all(
      written.map((key) =>
        storage
          .delete(key)
          .catch((err) => log.warn({ event: "storage.orphan", err, key }, "copy left behind")),
      ),
    );
    throw error;
  }
}

/** The target's member and workspace quotas have room for the seconds brought in. */
async function assertRoomFor(
  tx: Prisma.TransactionClient,
  input: {
    userId: string;
    toWorkspaceId: string;
    now: Date;
    seconds: number;
    target: {
      monthlyQuotaSeconds: number | null;
      workspace: { name: string; monthlyQuotaSeconds: number | null };
    };
  },
) {
  const { target, seconds } = input;
  const memberQuota = target.monthlyQuotaSeconds;
  const workspaceQuota = target.workspace.monthlyQuotaSeconds;
  if (memberQuota == null && workspaceQuota == null) return;
  const used = await secondsThisMonth(tx, {
    workspaceId: input.toWorkspaceId,
    userId: input.userId,
    now: input.now,
    wholeWorkspace: workspaceQuota != null,
  });
  const over = (quota: number | null, spent: number) => quota != null && spent + seconds > quota;
  if (over(memberQuota, used.member) || over(workspaceQuota, used.workspace)) {
    const left = Math.min(
      memberQuota == null ? Infinity : memberQuota - used.member,
      workspaceQuota == null ? Infinity : workspaceQuota - used.workspace,
    );
    throw new AppError(
      "rate_limited",
      `These videos make ${seconds} s; ${target.workspace.name} has ${Math.max(0, left)} s of this month's quota left for you, and videos brought in count as made there. Nothing was moved or copied.`,
    );
  }
}
