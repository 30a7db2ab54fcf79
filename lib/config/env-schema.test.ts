import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env-schema";

describe("parseEnv", () => {
  it("runs with no variables at all, on the embedded defaults", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.AUTH_SECRET).toBeUndefined();
    expect(env.ACEDATA_BASE_URL).toBe("https://api.acedata.cloud");
    expect(env.ACEDATA_MEDIA_HOSTS).toEqual(["cdn.acedata.cloud"]);
    expect(env.STORAGE_DRIVER).toBe("local");
    expect(env.GENERATION_TIMEOUT_MINUTES).toBe(15);
  });

  it("treats empty strings as unset, as .env files write them", () => {
    const env = parseEnv({ DATABASE_URL: "", ACEDATA_API_TOKEN: "  ", ACEDATA_MEDIA_HOSTS: "" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.ACEDATA_API_TOKEN).toBeUndefined();
    expect(env.ACEDATA_MEDIA_HOSTS).toEqual(["cdn.acedata.cloud"]);
    expect(parseEnv({ ACEDATA_MEDIA_HOSTS: " , " }).ACEDATA_MEDIA_HOSTS).toEqual(["cdn.acedata.cloud"]);
    const defaults = parseEnv({
      GENERATION_TIMEOUT_MINUTES: "",
      ACEDATA_MAX_IN_FLIGHT: " ",
      WORKERS: "",
      STORAGE_DRIVER: "",
      JOBS_MIRROR_EXPIRE_SECONDS: "",
    });
    expect(defaults).toMatchObject({
      GENERATION_TIMEOUT_MINUTES: 15,
      ACEDATA_MAX_IN_FLIGHT: 5,
      WORKERS: "on",
      STORAGE_DRIVER: "local",
    });
    expect(defaults.JOBS_MIRROR_EXPIRE_SECONDS).toBeUndefined();
  });

  it("bounds the job engine's settings, and keeps a mirror job's expiry above the fetch timeout", () => {
    expect(parseEnv({ ACEDATA_MAX_IN_FLIGHT: "3", WORKERS: "off" })).toMatchObject({
      ACEDATA_MAX_IN_FLIGHT: 3,
      WORKERS: "off",
    });
    expect(() => parseEnv({ ACEDATA_MAX_IN_FLIGHT: "0" })).toThrow(/ACEDATA_MAX_IN_FLIGHT/);
    expect(() => parseEnv({ WORKERS: "maybe" })).toThrow(/WORKERS must be "on" or "off"/);
    expect(() => parseEnv({ MEDIA_FETCH_TIMEOUT_SECONDS: "60", JOBS_MIRROR_EXPIRE_SECONDS: "60" })).toThrow(
      /JOBS_MIRROR_EXPIRE_SECONDS must be longer than MEDIA_FETCH_TIMEOUT_SECONDS/,
    );
  });

  it("still reads RECONCILER, the old name of WORKERS, unless WORKERS is set", () => {
    expect(parseEnv({ RECONCILER: "off" }).WORKERS).toBe("off");
    expect(parseEnv({ RECONCILER: "off", WORKERS: "on" }).WORKERS).toBe("on");
    expect(() => parseEnv({ RECONCILER: "maybe" })).toThrow(/WORKERS must be "on" or "off"/);
  });

  it("accepts media hosts as bare hosts or as origins with a scheme and port", () => {
    const env = parseEnv({
      ACEDATA_MEDIA_HOSTS:
        "cdn.acedata.cloud, Files.Example.com:8443, HTTP://Media.Internal:8080/, https://cdn.example.com:443, http://10.0.0.5, [::1]:9000, cdn.acedata.cloud",
    });
    expect(env.ACEDATA_MEDIA_HOSTS).toEqual([
      "cdn.acedata.cloud",
      "files.example.com:8443",
      "http://media.internal:8080",
      "https://cdn.example.com",
      "http://10.0.0.5",
      "[::1]:9000",
    ]);
  });

  it.each([
    "ftp://cdn.example.com",
    "https://cdn.example.com/videos",
    "https://user:secret@cdn.example.com",
    "cdn.example.com/videos",
    "*.example.com",
    "cdn.example.com:99999",
    "http://",
  ])("refuses the media host %j, saying which entry and what is allowed", (entry) => {
    const run = () => parseEnv({ ACEDATA_MEDIA_HOSTS: `cdn.acedata.cloud, ${entry}` });
    expect(run).toThrow(EnvError);
    expect(run).toThrow(
      "ACEDATA_MEDIA_HOSTS must be a comma-separated list of host names (cdn.example.com or cdn.example.com:8443, https only) or origins with a scheme (http://media.internal:8080)",
    );
    expect(run).toThrow(`not valid: ${JSON.stringify(entry)}`);
  });

  it("accepts a full production configuration", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://app:pw@db.internal:5432/studio",
      AUTH_SECRET: "x".repeat(40),
      APP_URL: "https://studio.example.com",
      ACEDATA_API_TOKEN: "tok",
      ACEDATA_MEDIA_HOSTS: "cdn.acedata.cloud, Files.Example.com",
      STORAGE_DRIVER: "s3",
      S3_BUCKET: "videos",
      S3_ACCESS_KEY_ID: "id",
      S3_SECRET_ACCESS_KEY: "secret",
      S3_FORCE_PATH_STYLE: "true",
      GENERATION_TIMEOUT_MINUTES: "20",
    });
    expect(env.ACEDATA_MEDIA_HOSTS).toEqual(["cdn.acedata.cloud", "files.example.com"]);
    expect(env.S3_FORCE_PATH_STYLE).toBe(true);
    expect(env.GENERATION_TIMEOUT_MINUTES).toBe(20);
  });

  it.each([
    [{ DATABASE_URL: "mysql://localhost/db" }, "DATABASE_URL must be a postgres:// or postgresql:// URL"],
    [{ APP_URL: "not a url" }, "APP_URL must be an http(s) URL"],
    [{ AUTH_SECRET: "short" }, "AUTH_SECRET must be at least 32 characters"],
    [{ STORAGE_DRIVER: "ftp" }, "STORAGE_DRIVER must be local or s3"],
    [{ STORAGE_DRIVER: "s3" }, "S3_BUCKET is required when STORAGE_DRIVER=s3"],
    [{ GENERATION_TIMEOUT_MINUTES: "soon" }, "GENERATION_TIMEOUT_MINUTES must be a number of minutes"],
    [{ AUTH_GITHUB_ID: "id" }, "AUTH_GITHUB_SECRET is required together with AUTH_GITHUB_ID"],
    [
      { NODE_ENV: "production", DATABASE_URL: "postgres://localhost/db" },
      "AUTH_SECRET is required in production with DATABASE_URL",
    ],
  ])("names the bad variable in its message (%j)", (source, expected) => {
    expect(() => parseEnv(source)).toThrow(EnvError);
    expect(() => parseEnv(source)).toThrow(expected);
  });
});
