/** How many videos the side-by-side player takes: a pair to pick from, up to a ×4 batch. */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

export const compareHref = (ids: readonly string[]) =>
  `/compare?ids=${ids.map(encodeURIComponent).join(",")}`;
