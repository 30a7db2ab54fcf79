/**
 * A test whose behaviour does not depend on the layout (what the server answers, what reaches the
 * upstream) or has no phone counterpart (keyboard-only use). The phone project runs the specs where
 * layouts differ (playwright.config.ts) but leaves these tests out: on a Pixel 7 they would prove
 * the same thing twice.
 */
export const ONE_LAYOUT_TAG = "@one-layout";
export const ONE_LAYOUT = { tag: ONE_LAYOUT_TAG };
