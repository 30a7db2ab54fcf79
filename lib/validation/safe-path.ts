/**
 * A path on this site to send someone to after a step (sign-in, a workspace switch): no
 * `//host` or `/\host`, no control characters (a NUL in a Location header is a 500).
 */
export const safePath = (value: unknown, fallback = "/studio"): string =>
  typeof value === "string" && value.length <= 2048 && /^\/(?![/\\])[^\u0000-\u001f\u007f]*$/.test(value)
    ? value
    : fallback;
