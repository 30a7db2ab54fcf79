import { describe, expect, it } from "vitest";
import { burnVerificationTime, hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("hashes with argon2id and a per-hash salt", async () => {
    const [a, b] = await Promise.all([hashPassword("correct horse"), hashPassword("correct horse")]);
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
  });

  it("verifies the right password and rejects a wrong one", async () => {
    const hash = await hashPassword("correct horse");
    expect(await verifyPassword(hash, "correct horse")).toBe(true);
    expect(await verifyPassword(hash, "correct horsE")).toBe(false);
  });

  it("treats a malformed stored hash as a failed check, not a crash", async () => {
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });

  it("spends comparable time on an unknown account as on a known one", async () => {
    const hash = await hashPassword("correct horse");
    await burnVerificationTime("warm-up");
    const time = async (fn: () => Promise<unknown>) => {
      const start = performance.now();
      for (let i = 0; i < 5; i++) await fn();
      return performance.now() - start;
    };
    const known = await time(() => verifyPassword(hash, "wrong"));
    const unknown = await time(() => burnVerificationTime("wrong"));
    expect(unknown / known).toBeGreaterThan(0.3);
    expect(unknown / known).toBeLessThan(3);
  });
});
