"use client";

import {
  cloneElement,
  useState,
  type ComponentProps,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
} from "react";
import type { DropdownMenu } from "radix-ui";

export type MenuKit = typeof DropdownMenu;
type ContentProps = Omit<ComponentProps<MenuKit["Content"]>, "children" | "ref">;

let kit: MenuKit | null = null;
let loading: Promise<MenuKit> | null = null;
/** Fetches the menu's code once; a hover or focus on any trigger starts it, so a click rarely waits. */
const loadKit = () =>
  (loading ??= import("./radix-menu").then((m) => {
    kit = m.DropdownMenu;
    return kit;
  }));

/**
 * A dropdown menu whose code loads when a menu is first opened: the header's menus and one per
 * gallery card would otherwise put Radix and floating-ui in every page's first load, and hydrate
 * hundreds of menu roots nobody opens. Until then `trigger` is a plain button that opens it on
 * click (a keyboard's Enter or Space included); afterwards it is Radix's trigger. `children`
 * renders the items with the loaded kit (`M.Item`, `M.Separator`, …).
 */
export function Menu({
  trigger,
  children,
  ...content
}: ContentProps & {
  /** A `<button type="button">`, the same before and after loading. */
  trigger: ReactElement<ComponentProps<"button">>;
  children: (M: MenuKit) => ReactNode;
}) {
  const [M, setM] = useState<MenuKit | null>(kit);
  // Opened before the code was here: it opens as soon as it is, as Radix would have.
  const [opened, setOpened] = useState<{ keyboard: boolean } | null>(null);

  if (!M) {
    return cloneElement(trigger, {
      onPointerEnter: () => void loadKit(),
      onFocus: () => void loadKit(),
      onClick: (event: MouseEvent) => {
        // A click made by a key has no pointer position: `detail` is 0.
        setOpened({ keyboard: event.detail === 0 });
        void loadKit().then(setM);
      },
    });
  }
  return (
    <M.Root defaultOpen={opened !== null}>
      <M.Trigger asChild>{trigger}</M.Trigger>
      <M.Portal>
        <M.Content
          {...content}
          ref={(node) => {
            // Radix puts a keyboard user on the first item; a menu opened before it loaded does too
            // (after Radix has focused the menu itself).
            if (!node || !opened?.keyboard) return;
            requestAnimationFrame(() => {
              node.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
              setOpened(null);
            });
          }}
        >
          {children(M)}
        </M.Content>
      </M.Portal>
    </M.Root>
  );
}
