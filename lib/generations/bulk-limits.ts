/** How many videos one bulk action (favourite, delete, restore, zip) takes at once. */
export const BULK_MAX = 100;

export const bulkTooMany = (count: number) =>
  `Choose at most ${BULK_MAX} videos at a time (you chose ${count}).`;
