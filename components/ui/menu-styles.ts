/** Shared looks of the Radix dropdown menus (account menu, a card's "More"): 44 px rows. */
export const menuContentClass = "z-50 rounded-xl border border-border bg-card p-1 shadow-lg";

export const menuItemClass =
  "flex min-h-11 cursor-pointer select-none items-center gap-2 rounded-md px-3 text-sm outline-none data-[highlighted]:bg-muted data-[disabled]:pointer-events-none data-[disabled]:opacity-50";
