import type { Locale } from "./locales";
import type { Messages } from "./messages";

// Typed keys: `t("landing.title")` with a key English lacks fails the type check.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
