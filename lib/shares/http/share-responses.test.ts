import { describe, expect, it } from "vitest";
import { shareWords } from "../html/share-words";
import { mediaRefusal, pageRefusal, unlockedResponse } from "./share-responses";

const words = shareWords("en");

const token = "AbCdEfGhIjKlMnOpQrStUvWx";

describe("share responses", () => {
  it("refuse with the status that says why, never cached", async () => {
    expect(pageRefusal({ reason: "not_found" }, token, words).status).toBe(404);
    for (const reason of ["expired", "revoked", "deleted"] as const) {
      const response = pageRefusal({ reason }, token, words);
      expect(response.status).toBe(410);
      expect(response.headers.get("cache-control")).toContain("no-store");
    }
    expect(mediaRefusal("revoked").status).toBe(410);
    expect(mediaRefusal("password_required").status).toBe(401);
    expect(mediaRefusal("no_download").status).toBe(403);
  });

  it("ask again for a password with what went wrong, and say how long to wait when throttled", async () => {
    const wrong = pageRefusal({ reason: "wrong_password", title: "Cut 3" }, token, words);
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain("That password is not right");
    const throttled = pageRefusal({ reason: "throttled", retryAfterSeconds: 90 }, token, words);
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get("retry-after")).toBe("90");
    expect(await throttled.text()).toContain("Too many tries. Wait 2 minutes and try again.");
    const russian = pageRefusal({ reason: "throttled", retryAfterSeconds: 90 }, token, shareWords("ru"));
    expect(await russian.text()).toContain("Слишком много попыток. Подождите 2 минуты и попробуйте снова.");
  });

  it("keep the password proof in an HttpOnly cookie for this link's paths only, Secure over https", () => {
    const response = unlockedResponse(token, "123.proof", "https://studio.example");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/s/${token}`);
    const cookie = response.headers.get("set-cookie")!;
    expect(cookie).toContain(`share_proof=123.proof; Path=/s/${token};`);
    expect(cookie).toMatch(/HttpOnly; SameSite=Lax; Secure$/);
    expect(unlockedResponse(token, "1.p", "http://127.0.0.1:3000").headers.get("set-cookie")).not.toContain(
      "Secure",
    );
  });
});
