import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      ".worker/**",
      "node_modules/**",
      "lib/db/generated/**",
      ".data/**",
      ".test-data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    // Playwright fixtures take a `use` callback; it is not React's hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // The UI reaches the server through actions and route handlers, never by importing it: no
    // database, job engine, storage, upstream client or server-only lifecycle module in
    // components (type imports are fine: they vanish from the bundle).
    files: ["components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "@/lib/db/*",
                "@/lib/jobs/*",
                "@/lib/storage",
                "@/lib/storage/*",
                "@/lib/net/*",
                "@/lib/config/*",
                "@/lib/auth/*",
                "!@/lib/auth/roles",
                "@/lib/grok/client",
                "@/lib/grok/simulator",
                "@/lib/grok/simulator/*",
                "@/lib/uploads/*",
                "!@/lib/uploads/rules",
                "@/lib/generations/*",
                "!@/lib/generations/eta",
                "!@/lib/generations/download-name",
                "!@/lib/generations/usage-verdict",
                "!@/lib/generations/batch",
                "!@/lib/generations/usage-month",
                "!@/lib/generations/state-machine",
                "!@/lib/generations/can-delete-generation",
                "@/lib/reviews/*",
                "!@/lib/reviews/review-status",
                "!@/lib/reviews/time-marker",
                "!@/lib/reviews/mentions",
                "!@/lib/reviews/comment-schema",
                "!@/lib/reviews/comment-limits",
              ],
              allowTypeImports: true,
              message:
                "Components run in the browser too: reach the server through an action or a route, and import only its types.",
            },
          ],
        },
      ],
    },
  },
  {
    // One zod, configured once (see lib/validation/zod.ts): a schema parsed in the browser must
    // not probe `new Function` under our CSP.
    ignores: ["lib/validation/zod.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "zod", message: "Import { z } from \"@/lib/validation/zod\"." }] },
      ],
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];

export default config;
