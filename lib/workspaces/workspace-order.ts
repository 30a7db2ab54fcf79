/** The switcher's order: the personal studio first, then teams by name. */
export const byPersonalThenName = (
  a: { personal: boolean; name: string },
  b: { personal: boolean; name: string },
) => Number(b.personal) - Number(a.personal) || a.name.localeCompare(b.name);
