import { NextResponse, type NextRequest } from "next/server";
import { requestIdFrom } from "@/lib/log/request-id";
import { contentSecurityPolicy, mediaOriginsFromEnv } from "@/lib/security/csp";

/**
 * Not a security boundary: it only adds the per-request CSP nonce and redirects visitors without
 * a session cookie away from app pages (a cookie may still be revoked: pages check). Every page, action and route checks the session itself.
 */
const PROTECTED_ROOTS = ["/studio", "/g", "/settings", "/team", "/usage", "/links"];
const isProtected = (path: string) =>
  PROTECTED_ROOTS.some((root) => path === root || path.startsWith(`${root}/`));
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
// A share link's media and player (/s/<token>/…): public, checked by their own routes, and no
// documents that need this nonce (the player sets its own policy).
const SHARE_MEDIA = /^\/s\/[^/]+\/(?:embed|\d+\/(?:video\.mp4|poster\.jpg))$/;

const mediaOrigins = mediaOriginsFromEnv(process.env);

/** Server-action bodies are forms of a few fields; uploads go to /api/uploads, never through an action. */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

/** A path that cannot be decoded (a lone or invalid %-escape) names nothing: 400, not a server error. */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether Next can read a page POST as a server action: a multipart form (a form posted without
 * script, or arguments with files) must parse, and a script's call carries its arguments as JSON.
 * Next answers either with a 500 when they do not.
 */
async function readableActionBody(request: NextRequest): Promise<boolean> {
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.toLowerCase().startsWith("multipart/form-data")) await request.clone().formData();
    else if (request.headers.has("next-action")) JSON.parse(await request.clone().text());
    return true;
  } catch {
    return false;
  }
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!decodable(pathname))
    return new NextResponse("Bad request: the address is not valid.", { status: 400 });
  if (request.method === "POST") {
    const isAction = request.headers.has("next-action");
    // Refused before Next reads it (which would answer a too-large action body with a 500).
    if (isAction && Number(request.headers.get("content-length") ?? 0) > ACTION_BODY_LIMIT_BYTES)
      return NextResponse.json(
        { ok: false, code: "too_large", message: "That request is too large." },
        { status: 413 },
      );
    if (!SHARE_MEDIA.test(pathname) && !(await readableActionBody(request)))
      return isAction
        ? NextResponse.json(
            { ok: false, code: "bad_request", message: "That request could not be read." },
            { status: 400 },
          )
        : new NextResponse("Bad request: the form could not be read.", { status: 400 });
  }
  if (SHARE_MEDIA.test(pathname)) return NextResponse.next();
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));

  if (!hasSession && isProtected(pathname)) {
    const url = new URL("/sign-in", request.url);
    url.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(url);
  }

  // One id per request, in the log lines it causes (lib/log) and in the answer, so a person's
  // report ("it failed at 10:02", with the id from the network panel) leads to the right lines.
  const requestId = requestIdFrom(request.headers.get("x-request-id"));
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV !== "production", mediaOrigins });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("x-request-id", requestId);
  requestHeaders.set("x-studio-path", pathname);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("x-request-id", requestId);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico|icons|manifest.webmanifest|robots.txt).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    // Routes, for the address check only, and only without a body: Next buffers (and past its
    // limit truncates) a body that passes through the proxy, and uploads and callbacks carry large ones.
    {
      source: "/api/:path*",
      missing: [
        { type: "header", key: "content-length" },
        { type: "header", key: "transfer-encoding" },
      ],
    },
  ],
};
