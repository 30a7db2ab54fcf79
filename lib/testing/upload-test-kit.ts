import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { createStorage } from "@/lib/storage/create-storage";
import { isLocalDriver, type LocalStorageDriver } from "@/lib/storage/types";
import { createUser } from "@/lib/testing/factories";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { saveImageUpload } from "@/lib/uploads/save-upload";

export type Member = { userId: string; workspaceId: string };

/**
 * For the upload integration tests: one test database per file, and a fresh local storage folder
 * per test, so "nothing was stored" can be checked by listing it.
 */
export function setupUploadTests() {
  let t: TestDatabase;
  let dir: string;
  let storage: LocalStorageDriver;

  beforeAll(async () => {
    t = await openTestDatabase();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "uploads-test-"));
    const driver = createStorage({
      driver: "local",
      dataDir: dir,
      secret: "uploads-test-secret-uploads-test",
    });
    if (!isLocalDriver(driver)) throw new Error("expected the local driver");
    storage = driver;
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  return {
    db: () => t.db,
    storage: () => storage,
    storageRoot: () => path.join(dir, "storage"),

    /** Every file under the storage folder: objects, their type sidecars and any temporary leftovers. */
    async storedFiles(): Promise<string[]> {
      const entries = await readdir(path.join(dir, "storage"), {
        recursive: true,
        withFileTypes: true,
      }).catch(() => []);
      return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
    },

    async member(): Promise<Member> {
      const { user, workspace } = await createUser(t.db);
      return { userId: user.id, workspaceId: workspace.id };
    },

    upload: (who: Member, bytes: Buffer, name = "image.png") =>
      saveImageUpload({ db: t.db, storage, ...who, file: { bytes, name, type: "image/png" } }),
  };
}
