"use client";

import {
  lazy,
  startTransition,
  Suspense,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type CSSProperties,
  type ReactNode,
} from "react";
import { useNow } from "@/hooks/use-now";
import { groupByDay, type DayGroup } from "./day-groups";
import { justifyRows, ratioOf, type JustifiedRow } from "./justify-rows";
import { boxRatio, ROW_HEIGHT_CLASS } from "./row-heights";
import type { Range } from "./window-range";

// The virtualizer (about 9 KiB gzip) is not needed to paint the first page: fetched after it.
const WindowRange = lazy(() => import("./window-range"));

/** Up to this many cards (two pages) the server's CSS layout is kept; beyond it, virtual rows. */
const FLOW_LIMIT = 48;
/** Space between cards and between rows, in px (Tailwind's gap-1). */
const GAP = 4;
/** A day's heading, in px: the same in the server's flex layout and in the virtual rows. */
const HEADER = 40;

interface Item {
  id: string;
  aspectRatio: string;
  createdAt: string;
}

type Entry<T> = { kind: "header"; group: DayGroup<T> } | { kind: "row"; row: JustifiedRow<T>; key: string };

const noSubscription = () => () => {};
// Read once: React asks for the snapshot on every render, and building a DateTimeFormat is costly.
let timeZoneOnce: string | undefined;
const clientTimeZone = () => (timeZoneOnce ??= Intl.DateTimeFormat().resolvedOptions().timeZone);

/**
 * Cards in justified rows under day headings. The server (and the first client render) lays
 * them out with CSS alone — `flex-wrap` with each card's basis `ratio × --row-h` — so the page
 * is right before any script runs. Once there are more cards than a page or two and the width is
 * known, the same rows (computed the same way, see justifyRows) are positioned absolutely, and
 * only those near the screen are rendered (the range comes from a window virtualizer), so
 * hundreds of cards keep the DOM small. Every card's
 * box comes from its aspect ratio setting, never from its poster: no shift.
 */
export function JustifiedGrid<T extends Item>({
  items,
  renderCard,
}: {
  items: readonly T[];
  renderCard: (item: T, index: number) => ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState<{ width: number; target: number; minRatio: number; top: number } | null>(
    null,
  );
  const timeZone = useSyncExternalStore(noSubscription, clientTimeZone, () => "UTC");
  // "Today" as of when the page opened: a gallery left open overnight relabels on the next visit.
  const now = useNow(false);
  const groups = useMemo(
    () => groupByDay(items, (g) => g.createdAt, { now: new Date(now), timeZone }),
    [items, timeZone, now],
  );
  const index = useMemo(() => new Map(items.map((g, i) => [g.id, i])), [items]);
  const manyItems = useRef(items.length > FLOW_LIMIT);
  useLayoutEffect(() => {
    manyItems.current = items.length > FLOW_LIMIT;
  }, [items.length]);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const style = getComputedStyle(element);
      const target = parseFloat(style.getPropertyValue("--row-h")) || 160;
      const minRatio = parseFloat(style.getPropertyValue("--r-min")) || 0;
      const top = element.getBoundingClientRect().top + window.scrollY;
      const width = element.clientWidth;
      const update = () =>
        setBox((b) =>
          b && b.width === width && b.target === target && b.minRatio === minRatio && b.top === top
            ? b
            : { width, target, minRatio, top },
        );
      // A transition: the positioned rows replace the CSS ones (which look the same) in slices
      // that yield to the browser, not in one long task right after hydration. A small gallery
      // keeps the CSS rows, so its box is cheap news and set at once: as a transition it could be
      // put off again and again by the queue's ticking clocks on a slow machine.
      if (manyItems.current) startTransition(update);
      else update();
    };
    // Not measured here: reading styles and boxes now would force a layout of the whole page in
    // the middle of hydration. The observer's first call comes after the browser's own layout.
    // Then the queue above grows and shrinks, and the window turns: width and offset stay current.
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  // A gallery of a page or two stays in the CSS layout the server sent: switching to positioned
  // rows rebuilds every card (the page's largest piece of work after hydration) and buys nothing
  // until there are enough cards for the window to skip most of them.
  const positioned = box !== null && items.length > FLOW_LIMIT;
  const entries = useMemo(() => {
    if (!box || items.length <= FLOW_LIMIT) return [];
    return groups.flatMap((group): Entry<T>[] => [
      { kind: "header", group },
      ...justifyRows(group.items, (g) => boxRatio(ratioOf(g.aspectRatio), box.minRatio), {
        ...box,
        gap: GAP,
      }).map((row): Entry<T> => ({ kind: "row", row, key: row.items[0]!.id })),
    ]);
  }, [groups, box, items.length]);

  return (
    <div
      ref={ref}
      data-testid="gallery"
      data-layout={positioned ? "rows" : "flow"}
      // Measured and hydrated: what tests and benchmarks wait for before they scroll or count.
      data-ready={box ? "" : undefined}
      className={ROW_HEIGHT_CLASS}
    >
      {positioned ? (
        <PositionedRows
          entries={entries}
          minRatio={box.minRatio}
          scrollMargin={box.top}
          render={(g) => renderCard(g, index.get(g.id) ?? 0)}
        />
      ) : (
        groups.map((group) => (
          <section key={group.key} aria-label={group.label}>
            <DayHeading label={group.label} />
            <div className="flex flex-wrap gap-1 pb-1">
              {group.items.map((g) => {
                const r = ratioOf(g.aspectRatio);
                return (
                  <div
                    key={g.id}
                    data-testid="gallery-cell"
                    // The box's shape is the ratio, or the screen's narrowest (--r-min, see
                    // row-heights.ts): in CSS, so the server's HTML is already final.
                    // Off screen, its card is not laid out or painted (its box does not depend on it).
                    className="relative [--b:max(var(--r),var(--r-min))] [flex-grow:var(--b)] [flex-basis:calc(var(--row-h)*var(--b))] [aspect-ratio:var(--b)] [content-visibility:auto]"
                    style={{ "--r": r } as CSSProperties}
                  >
                    {renderCard(g, index.get(g.id) ?? 0)}
                  </div>
                );
              })}
              {/* Takes the last row's free space, so its cards keep the target height. */}
              <div aria-hidden style={{ flexGrow: 1e6, flexBasis: 0 }} />
            </div>
          </section>
        ))
      )}
    </div>
  );
}

function DayHeading({ label }: { label: string }) {
  return (
    <h3
      className="flex h-10 items-end pb-2 text-sm font-semibold text-muted-foreground"
      data-testid="day-heading"
    >
      {label}
    </h3>
  );
}

const sizeOf = (e: Entry<unknown>) => (e.kind === "header" ? HEADER : e.row.height + GAP);
const keyOf = (e: Entry<unknown>) => (e.kind === "header" ? `h-${e.group.key}` : e.key);

function PositionedRows<T extends Item>({
  entries,
  minRatio,
  scrollMargin,
  render,
}: {
  entries: Entry<T>[];
  minRatio: number;
  scrollMargin: number;
  render: (item: T) => ReactNode;
}) {
  const sizes = useMemo(() => entries.map(sizeOf), [entries]);
  const keys = useMemo(() => entries.map(keyOf), [entries]);
  // Where each row starts: the sum of the sizes before it.
  const starts = useMemo(() => {
    const out = [0];
    for (const size of sizes) out.push(out.at(-1)! + size);
    return out;
  }, [sizes]);
  const total = starts.at(-1)!;
  // Every row until the virtualizer has loaded and said which ones are near the screen.
  const [near, setNear] = useState<Range | null>(null);

  return (
    <div className="relative" style={{ height: total }}>
      <Suspense>
        <WindowRange sizes={sizes} keys={keys} scrollMargin={scrollMargin} onRange={setNear} />
      </Suspense>
      {entries.map((e, i) =>
        near && !near.has(keys[i]!) ? null : (
          <div
            key={keys[i]}
            className="absolute inset-x-0 top-0"
            style={{ transform: `translateY(${starts[i]}px)` }}
          >
            {e.kind === "header" ? (
              <DayHeading label={e.group.label} />
            ) : (
              <div className="flex gap-1" style={{ height: e.row.height }} data-testid="gallery-row">
                {e.row.items.map((g) => {
                  const r = boxRatio(ratioOf(g.aspectRatio), minRatio);
                  return (
                    <div
                      key={g.id}
                      data-testid="gallery-cell"
                      className="relative"
                      style={
                        e.row.stretched
                          ? { flexGrow: r, flexBasis: 0, minWidth: 0 }
                          : { width: r * e.row.height, flexShrink: 0 }
                      }
                    >
                      {render(g)}
                    </div>
                  );
                })}
              </div>
            )}
          </div>
        ),
      )}
    </div>
  );
}
