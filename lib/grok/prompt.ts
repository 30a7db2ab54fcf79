/**
 * Prompt bounds without zod, so the create form can count characters without loading the
 * schema library with the page (it loads with the first submit).
 */
export const PROMPT_MAX = 4000;

// Control characters are invisible in the form and PostgreSQL refuses NUL in text columns.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Counts what a person sees as characters (an emoji is one), as the form's counter does. */
export const promptLength = (prompt: string) => Array.from(prompt).length;

export const normalizePrompt = (prompt: string) => prompt.normalize("NFKC").replace(CONTROL_CHARS, "").trim();
