import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { builtDeploymentId, resolveDeploymentId } from "./lib/config/deployment-id";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=(), payment=(), usb=()" },
  ...(process.env.NODE_ENV === "production"
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" }]
    : []),
];

/**
 * The test suite's own build (scripts/e2e-server.ts sets it): `npm test` has type-checked in its
 * static stage already, so Next does not check again; on CI (a fresh clone, built once) it also
 * writes no build cache that nothing would read. About 90 s of a CI run. Other builds keep both.
 */
const suiteBuild = process.env.STUDIO_SUITE_BUILD === "1";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  ...(suiteBuild ? { typescript: { ignoreBuildErrors: true } } : {}),
  ...(suiteBuild && process.env.CI ? { experimental: { turbopackFileSystemCacheForBuild: false } } : {}),
  // Lets two builds (a test run and a developer's) live side by side in one checkout.
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
  // A git worktree whose node_modules links to another checkout: Turbopack compiles only files
  // under its root, so the root must hold both (e.g. TURBOPACK_ROOT=/work).
  ...(process.env.TURBOPACK_ROOT ? { turbopack: { root: process.env.TURBOPACK_ROOT } } : {}),
  reactStrictMode: true,
  // Native and WebAssembly packages are loaded from node_modules at run time, not bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "@node-rs/argon2",
    "pg",
    "@aws-sdk/s3-request-presigner",
    // ffmpeg.wasm: its glue and .wasm file are read from node_modules by a worker thread.
    "@ffmpeg/core",
    "sharp",
    // The job engine: one copy in node_modules for every bundle (it holds workers and timers).
    "pg-boss",
  ],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Everything but a share link's player, which chat apps and Twitter frame (twitter:player).
      { source: "/:path((?!s/[^/]+/embed$).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
    ];
  },
};

const distDir = process.env.NEXT_DIST_DIR || ".next";

/** next-intl: each request's language and messages (lib/i18n/request.ts), read by server components. */
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/**
 * Several instances behind one load balancer must run one release: the deployment id is the
 * build's, and an instance started with another refuses to start (lib/config/deployment-id.ts).
 */
export default function config(phase: string): NextConfig {
  const deploymentId = resolveDeploymentId({
    phase,
    requested: process.env.DEPLOYMENT_ID,
    readBuilt: () => builtDeploymentId(distDir),
  });
  return withNextIntl({ ...nextConfig, ...(deploymentId ? { deploymentId } : {}) });
}
