import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { withCallback } from "@/lib/auth/sign-in-purpose";

/**
 * The sign-in and sign-up forms' words, translated on the server and handed to the forms as
 * props: the forms are client components, and a message catalogue with its ICU runtime in the
 * browser cost these pages 16.6 KiB of first-load script for a dozen fixed strings.
 */
export async function authWords(next: string) {
  const t = await getTranslations("auth");
  const link = (path: "/sign-in" | "/sign-up") =>
    function AuthLink(words: React.ReactNode) {
      return (
        <Link
          href={withCallback(path, next)}
          className="font-medium text-foreground underline underline-offset-4"
        >
          {words}
        </Link>
      );
    };
  return {
    name: t("name"),
    email: t("email"),
    password: t("password"),
    forgotPassword: t("forgotPassword"),
    signIn: t("signIn"),
    signingIn: t("signingIn"),
    newHere: t.rich("newHere", { link: link("/sign-up") }),
    createAccount: t("createAccount"),
    creatingStudio: t("creatingStudio"),
    haveAccount: t.rich("haveAccount", { link: link("/sign-in") }),
    oneMoreStep: t("oneMoreStep"),
    linkWorks: t.rich("linkWorks", { link: link("/sign-in") }),
  };
}

export type AuthWords = Awaited<ReturnType<typeof authWords>>;
