"use client";

import { useCallback, useRef, useState } from "react";

/** Which cards are checked; shift+click checks the whole run since the last one clicked. */
export function useSelection() {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef<string | null>(null);

  const toggle = useCallback((id: string, order: readonly string[], range: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      const from = anchor.current ? order.indexOf(anchor.current) : -1;
      const to = order.indexOf(id);
      if (range && from >= 0 && to >= 0) {
        // The run takes the state the anchor has: shift-clicking after a check checks them all.
        const on = current.has(anchor.current!);
        for (const other of order.slice(Math.min(from, to), Math.max(from, to) + 1))
          if (on) next.add(other);
          else next.delete(other);
      } else if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
    anchor.current = id;
  }, []);

  const clear = useCallback(() => {
    setSelected(new Set());
    anchor.current = null;
  }, []);

  return { selected, toggle, clear, setSelected };
}
