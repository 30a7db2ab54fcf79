// Its own module so the menu's code (Radix DropdownMenu, floating-ui, its scroll lock) is one chunk
// that `Menu` fetches when a menu is first opened.
export { DropdownMenu } from "radix-ui";
