/** How many videos one bulk action (favourite, delete, restore, zip) takes at once. */
export const BULK_MAX = 100;

export const bulkTooMany = (count: number) =>
  `Choose at most ${BULK_MAX} videos at a time (you chose ${count}).`;

/** How many videos one move or copy to another workspace takes: each one's files are copied. */
export const TRANSFER_MAX = 25;

export const transferTooMany = (count: number) =>
  `Move or copy at most ${TRANSFER_MAX} videos at a time (you chose ${count}).`;
