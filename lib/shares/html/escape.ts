const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text and attribute values for the hand-written share pages: every value goes through here. */
export const escapeHtml = (value: string | number): string =>
  String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** Markup made by `html` (already escaped). A plain object, so no bundle's class identity matters. */
export interface Html {
  readonly kind: "html";
  readonly value: string;
}

const isHtml = (value: unknown): value is Html =>
  typeof value === "object" && value !== null && (value as Html).kind === "html";

/** Trusted markup, for the fixed bits (an inline script's body, say) that must not be escaped. */
export const raw = (value: string): Html => ({ kind: "html", value });

/** A template tag that escapes every interpolated value unless it is already `Html`. */
type Part = string | number | Html | null | undefined | false | readonly Part[];

export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = squeeze(strings[0]!);
  values.forEach((value, i) => {
    out += render(value) + squeeze(strings[i + 1]!);
  });
  return raw(out);
}

/**
 * The templates are formatted for people (one attribute or tag a line); the page goes out without
 * that layout: line breaks beside a tag vanish, others become one space. Only the templates' own
 * text is squeezed, never an interpolated value (a prompt keeps its line breaks).
 */
const squeeze = (text: string) =>
  text
    .replace(/>\s*\n\s*/g, ">")
    .replace(/\s*\n\s*</g, "<")
    .replace(/\s*\n\s*/g, " ");

function render(value: Part): string {
  if (value === null || value === undefined || value === false) return "";
  if (Array.isArray(value)) return value.map(render).join("");
  if (isHtml(value)) return value.value;
  return escapeHtml(value as string | number);
}
