import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { openAdapter } from "./adapter";

/**
 * Prisma's schema engine (the code behind `prisma migrate`) compiled to WebAssembly.
 * The Prisma CLI would download a native binary instead, which is impossible offline
 * (docs/build-notes.md, "Prisma's migration engine"); the wasm build talks to the database
 * through our driver adapter, so PGlite and PostgreSQL servers work alike.
 */
export type { SchemaEngine };

type Bindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

let bindings: Promise<Bindings> | undefined;

/**
 * The package's ESM entry does `import * as wasm from "./schema_engine_bg.wasm"`, which Node
 * refuses, so we wire the wasm-bindgen glue by hand: the glue module is the wasm's import object.
 * Instantiated once per process (5 MB of wasm); a failed load is retried on the next call.
 */
function loadBindings(): Promise<Bindings> {
  bindings ??= (async () => {
    const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const gluePath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasm = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(wasm, {
      "./schema_engine_bg.js": withUnrefTimers(glue),
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })().catch((error: unknown) => {
    bindings = undefined;
    throw error;
  });
  return bindings;
}

/**
 * The engine arms a 10-second timer for every lock it takes and never clears it (the glue imports
 * no `clearTimeout`), which would keep Node alive for 10 s after a migration. Unref those timers.
 */
function withUnrefTimers(glue: Bindings): WebAssembly.ModuleImports {
  const imports = { ...glue } as unknown as WebAssembly.ModuleImports;
  for (const name of Object.keys(imports).filter((key) => key.startsWith("__wbg_setTimeout_"))) {
    imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
  }
  return imports;
}

export interface SchemaEngineOptions {
  /** The database the engine works on. */
  factory: SqlMigrationAwareDriverAdapterFactory;
  schemaPath: string;
  schemaText: string;
  /** Receives the engine's JSON log lines; silent by default. */
  onLog?: (line: string) => void;
}

/**
 * Runs `fn` with a schema engine bound to the adapter, then frees the engine and any shadow database.
 *
 * Commands that replay the migrations folder (`diff` from `{tag: "migrations"}`) ask the factory
 * for a shadow database. We always hand out a fresh in-memory PGlite instead of the factory's own:
 * `@prisma/adapter-pg` creates the shadow with `{...config, database}`, which a `connectionString`
 * silently overrides (the "shadow" would be the real database), and `pglite-prisma-adapter` never
 * closes its shadow instance, whose timers keep Node alive for ~10 s.
 */
export async function withSchemaEngine<T>(
  { factory, schemaPath, schemaText, onLog }: SchemaEngineOptions,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadBindings();
  const shadows: Array<() => Promise<void>> = [];
  const withShadow: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => awaitScripts(await factory.connect()),
    connectToShadowDb: async () => {
      const shadow = await openAdapter({ kind: "embedded", dir: "memory://" });
      shadows.push(shadow.close);
      return awaitScripts(await shadow.factory.connect());
    },
  };
  const engine = await SchemaEngine.new(
    { datamodels: [[schemaPath, schemaText]] },
    (line: string) => onLog?.(line),
    // Captures driver errors so the engine can report them as Prisma errors (P3018 and friends).
    bindMigrationAwareSqlAdapterFactory(withShadow),
  );
  try {
    return await fn(engine);
  } catch (error) {
    throw withoutSpanTrace(error);
  } finally {
    engine.free();
    await Promise.all(shadows.map((close) => close()));
  }
}

/** Engine errors end with a Rust span trace ("   0: schema_engine_wasm::…"); keep just the message. */
function withoutSpanTrace(error: unknown): unknown {
  if (error instanceof Error) error.message = error.message.replace(/\n\s+0: [\s\S]*$/, "").trimEnd();
  return error;
}

interface PGliteLike {
  exec(script: string): Promise<unknown>;
}
interface PgError {
  code: string;
  severity?: string;
  message: string;
  detail?: string;
  column?: string;
  hint?: string;
}

/**
 * pglite-prisma-adapter 0.7.2 calls `client.exec(script)` in `executeScript` without awaiting it:
 * a failing migration would be recorded as applied in `_prisma_migrations` and its error would
 * surface only as an unhandled rejection. Run migration scripts through PGlite ourselves, awaited,
 * and report SQL errors the way the adapter reports query errors.
 */
function awaitScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const client = (adapter as { client?: Partial<PGliteLike> }).client;
  if (adapter.adapterName !== "pglite-prisma-adapter" || typeof client?.exec !== "function") return adapter;
  const pglite = client as PGliteLike;
  adapter.executeScript = async (script) => {
    try {
      await pglite.exec(script);
    } catch (error) {
      if (!isPgError(error)) throw error;
      const { code, severity = "ERROR", message, detail, column, hint } = error;
      throw new DriverAdapterError({ kind: "postgres", code, severity, message, detail, column, hint });
    }
  };
  return adapter;
}

function isPgError(error: unknown): error is PgError {
  return error instanceof Error && typeof (error as Partial<PgError>).code === "string";
}
