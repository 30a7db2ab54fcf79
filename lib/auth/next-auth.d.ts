import "next-auth";
import "next-auth/jwt";

declare module "next-auth/jwt" {
  interface JWT {
    /** The user's session version when this token was issued; see lib/auth/auth.ts. */
    sv?: number;
  }
}
