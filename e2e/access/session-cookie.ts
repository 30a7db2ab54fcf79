import { encode } from "@auth/core/jwt";
import { TEST_AUTH_SECRET } from "../support/app-server";

/**
 * A session cookie as Auth.js mints one at sign-in (an encrypted JWT with the server's secret), so
 * the spec tests authorization, not signing in.
 */
export async function sessionCookie(user: { id: string; email: string; name: string }): Promise<string> {
  const token = await encode({
    token: { sub: user.id, sv: 1, email: user.email, name: user.name },
    secret: TEST_AUTH_SECRET,
    salt: "authjs.session-token",
  });
  return `authjs.session-token=${token}`;
}

/** A cookie that is no session: it passes proxy.ts, so the handler's own check is what refuses. */
export const NOT_A_SESSION = "authjs.session-token=not-a-session";
