import { z } from "@/lib/validation/zod";
import { COMPARE_MAX, COMPARE_MIN } from "@/lib/generations/compare-limits";
import { MAX_ID_LENGTH, recordIdSchema } from "@/lib/validation/text";

const pickCount = `Pick ${COMPARE_MIN} to ${COMPARE_MAX} videos to compare`;

/** The videos to compare: 2 to 4 different ids, in the order they are shown. */
export const compareIdsSchema = z
  .array(recordIdSchema, { message: `${pickCount}.` })
  .superRefine((ids, ctx) => {
    if (ids.length < COMPARE_MIN || ids.length > COMPARE_MAX)
      ctx.addIssue({ code: "custom", message: `${pickCount} (you picked ${ids.length}).` });
    else if (new Set(ids).size < ids.length)
      ctx.addIssue({ code: "custom", message: `${pickCount}, each one once.` });
  });

/** `?ids=a,b,c` as the page's URL carries it. */
export const compareParamSchema = z
  .string({ message: `${pickCount}.` })
  .max((MAX_ID_LENGTH + 1) * COMPARE_MAX * 2, `${pickCount}.`)
  .transform((value) => value.split(",").filter(Boolean))
  .pipe(compareIdsSchema);
