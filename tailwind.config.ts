import type { Config } from "tailwindcss";

// Tailwind 4 reads this through `@config` in app/globals.css; colours are CSS variables so the
// light and dark themes swap without re-rendering.
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  darkMode: "class",
  theme: {
    extend: {
      colors: {
        background: "var(--background)",
        foreground: "var(--foreground)",
        muted: { DEFAULT: "var(--muted)", foreground: "var(--muted-foreground)" },
        card: { DEFAULT: "var(--card)", foreground: "var(--foreground)" },
        border: "var(--border)",
        ring: "var(--ring)",
        primary: { DEFAULT: "var(--primary)", foreground: "var(--primary-foreground)" },
        accent: { DEFAULT: "var(--accent)", foreground: "var(--foreground)" },
        danger: { DEFAULT: "var(--danger)", foreground: "#fff" },
        success: "var(--success)",
        warning: "var(--warning)",
      },
      fontFamily: {
        // Chinese glyphs (Geist has none) from the platform's own CJK face, not a serif default.
        sans: [
          "var(--font-geist-sans)",
          "ui-sans-serif",
          "system-ui",
          "PingFang SC",
          "Hiragino Sans GB",
          "Microsoft YaHei",
          "Noto Sans CJK SC",
          "sans-serif",
        ],
        mono: ["var(--font-geist-mono)", "ui-monospace", "monospace"],
      },
      borderRadius: { xl: "0.875rem", "2xl": "1.25rem" },
    },
  },
};

export default config;
