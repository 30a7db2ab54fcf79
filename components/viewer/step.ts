/** Where one step (+1 next, -1 previous) from `id` lands in a list of ids. */
export type Step = { kind: "go"; id: string } | { kind: "load-more" } | { kind: "none" };

export function stepFrom(ids: readonly string[], id: string, direction: 1 | -1, hasMore: boolean): Step {
  const index = ids.indexOf(id);
  if (index === -1) return { kind: "none" };
  const target = ids[index + direction];
  if (target) return { kind: "go", id: target };
  // Past the last loaded video, the gallery may hold more than it has fetched so far.
  return direction === 1 && hasMore ? { kind: "load-more" } : { kind: "none" };
}
