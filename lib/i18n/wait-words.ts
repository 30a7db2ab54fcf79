/** The two messages a wait is said with; any translator of ours (server or component) fits. */
type WaitTranslator = (key: "common.waitSeconds" | "common.waitMinutes", values: { count: number }) => string;

/** How long to wait, in words and the reader's grammar: seconds under a minute, else whole minutes (rounded up). */
export function waitWords(t: WaitTranslator, seconds: number): string {
  return seconds < 60
    ? t("common.waitSeconds", { count: Math.max(1, Math.ceil(seconds)) })
    : t("common.waitMinutes", { count: Math.ceil(seconds / 60) });
}
