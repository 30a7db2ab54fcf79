import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import i18next from "eslint-plugin-i18next";

/**
 * What is translated (lib/i18n): no user-visible literal in its JSX, text or the attributes a
 * person reads or hears. The list grows as the rest of the interface is translated.
 */
const TRANSLATED = [
  "app/page.tsx",
  "app/layout.tsx",
  "components/landing/**",
  "app/(auth)/layout.tsx",
  "app/(auth)/sign-in/**",
  "app/(auth)/sign-up/**",
  "components/auth/centered-card.tsx",
  "components/auth/oauth-buttons.tsx",
  "components/auth/sign-in-form.tsx",
  "components/auth/sign-up-form.tsx",
  "components/auth/auth-words.tsx",
];

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
    files: TRANSLATED,
    // The error pages' frame: client components, translated with the rest of the interface.
    ignores: ["components/landing/status-screen.tsx"],
    plugins: { i18next },
    rules: {
      "i18next/no-literal-string": [
        "error",
        {
          mode: "jsx-only",
          "jsx-attributes": { include: ["aria-label", "alt", "title", "placeholder", "label"] },
          // Keys and names passed to calls are not text: t("key"), t.rich("key"), field("email").
          callees: { exclude: ["t", "t\\.\\w+", "useTranslations", "getTranslations", "field"] },
          message: "A person reads this: put it in lib/i18n/messages and translate it",
        },
      ],
    },
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
                "!@/lib/auth/sign-in-purpose",
                "@/lib/grok/client",
                "@/lib/grok/simulator",
                "@/lib/grok/simulator/*",
                "@/lib/uploads/*",
                "!@/lib/uploads/rules",
                "@/lib/generations/*",
                "!@/lib/generations/eta",
                "!@/lib/generations/download-name",
                "!@/lib/generations/batch",
                "!@/lib/generations/state-machine",
                "!@/lib/generations/bulk-limits",
                "!@/lib/generations/compare-limits",
                "!@/lib/generations/highlight-match",
                "@/lib/usage/*",
                "!@/lib/usage/usage-verdict",
                "!@/lib/usage/usage-month",
                "!@/lib/usage/prices",
                "@/lib/workers/*",
                "@/lib/reviews/*",
                "!@/lib/reviews/review-status",
                "!@/lib/reviews/time-marker",
                "!@/lib/reviews/mentions",
                "!@/lib/reviews/comment-schema",
                "!@/lib/reviews/comment-limits",
                "!@/lib/reviews/comment-threads",
                "@/lib/inbox/*",
                "!@/lib/inbox/kinds",
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
        { paths: [{ name: "zod", message: 'Import { z } from "@/lib/validation/zod".' }] },
      ],
    },
  },
  {
    // No module reaches itself through others: a cycle makes load order (and `undefined` at
    // import time) depend on who imports first.
    // Application code only: tests, specs and scripts import the app but nothing imports them, so
    // they cannot close a cycle (and checking them doubles lint time).
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "hooks/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts", "lib/testing/**"],
    rules: { "import/no-cycle": ["error", { ignoreExternal: true }] },
  },
  {
    // lib/ is plain code below the UI: it never imports components, hooks or routes, and it holds
    // no React hooks (those live in hooks/ or beside their component). Server modules therefore
    // never pull in a browser module.
    files: ["lib/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "react",
              importNames: [
                "useState",
                "useEffect",
                "useLayoutEffect",
                "useRef",
                "useMemo",
                "useCallback",
                "useReducer",
                "useContext",
                "useSyncExternalStore",
                "useTransition",
                "useOptimistic",
                "useActionState",
              ],
              message: "A React hook belongs in hooks/ or beside its component, not in lib/.",
            },
            {
              name: "@tanstack/react-query",
              allowTypeImports: true,
              message: "Query hooks live in hooks/; lib/ may share keys and types only.",
            },
          ],
          patterns: [
            {
              group: ["@/components/*", "@/hooks/*", "@/app/*", "**/components/*", "**/hooks/*", "**/e2e/*"],
              message: "lib/ sits below the UI: move what both sides need into lib/ instead.",
            },
          ],
        },
      ],
    },
  },
  {
    // Benchmarks and screenshot scripts seed through lib/testing, not through the e2e suite's worlds.
    files: ["scripts/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/e2e/*", "@/e2e/*"], message: "Seed with lib/testing, not e2e worlds." }] },
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
