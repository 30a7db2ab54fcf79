import pg from "pg";

/**
 * One workspace with `count` generations, written by generate_series in the database itself
 * (a million rows in minutes, not hours). Deterministic (setseed), and shaped like a busy team's
 * studio: four creators, one of them new with a handful of videos; almost all ready, a few
 * failed, the newest eight still in progress; ~5% favourites, ~1% deleted; prompts built from
 * word lists, so a common word matches 3–5% of rows and a rare word one in 2,500.
 */
export const WORKSPACE_ID = "bench-workspace";
export const CREATORS = {
  owner: "bench-owner",
  regular: "bench-regular",
  occasional: "bench-occasional",
  newcomer: "bench-newcomer",
};

const ADJECTIVES = [
  "quiet",
  "stormy",
  "golden",
  "neon",
  "misty",
  "ancient",
  "tiny",
  "giant",
  "frozen",
  "sunlit",
  "moody",
  "playful",
  "silver",
  "dusty",
  "vivid",
  "lonely",
  "crowded",
  "rainy",
  "glowing",
  "wild",
];
const SUBJECTS = [
  "lighthouse",
  "fox",
  "astronaut",
  "dragon",
  "city skyline",
  "sailboat",
  "robot",
  "owl",
  "waterfall",
  "train",
  "lantern",
  "whale",
  "cathedral",
  "bicycle",
  "forest",
  "desert caravan",
  "koi pond",
  "volcano",
  "jellyfish",
  "windmill",
  "tiger",
  "market street",
  "glacier",
  "hot air balloon",
  "violinist",
  "castle",
  "submarine",
  "firefly swarm",
  "tea house",
  "race car",
];
const ACTIONS = [
  "drifting slowly",
  "spinning",
  "walking through",
  "rising above",
  "falling into",
  "dancing around",
  "racing across",
  "hovering over",
  "sleeping beside",
  "emerging from",
  "melting into",
  "glowing under",
];
const PLACES = [
  "a rainy harbour",
  "the northern lights",
  "a bamboo grove",
  "a neon alley",
  "the open ocean",
  "a snowy mountain pass",
  "a sunflower field",
  "a floating island",
  "an abandoned mall",
  "a coral reef",
  "a night market",
  "the surface of the moon",
  "a foggy moor",
  "a desert at dusk",
  "a candlelit library",
  "a busy train station",
  "a crystal cave",
  "a tulip farm",
  "a rooftop garden",
  "a thunderstorm",
];
const STYLES = [
  "cinematic",
  "35mm film",
  "anime style",
  "watercolor",
  "hyperrealistic",
  "claymation",
  "noir",
  "pastel",
  "drone shot",
  "slow motion",
  "time-lapse",
  "handheld camera",
  "isometric",
  "vaporwave",
  "documentary",
];
// Rare words: each ends up in ~1 prompt in 2,500.
const RARE = [
  "kintsugi",
  "bioluminescent plankton",
  "origami cranes",
  "zeppelin",
  "aurora",
  "calligraphy",
  "stained glass",
  "paper lanterns",
  "steampunk gears",
  "marionette",
];

export async function seedGallery(url: string, count: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT setseed(0.42)");
    await client.query(
      `INSERT INTO "User" (id, email, name, "updatedAt")
       SELECT id, id || '@bench.test', id, now() FROM unnest($1::text[]) AS id`,
      [Object.values(CREATORS)],
    );
    await client.query(
      `INSERT INTO "Workspace" (id, name, slug, "updatedAt") VALUES ($1, 'Bench studio', $1, now())`,
      [WORKSPACE_ID],
    );
    await client.query(
      `INSERT INTO "Membership" ("userId", "workspaceId", role) SELECT id, $1, 'member' FROM unnest($2::text[]) AS id`,
      [WORKSPACE_ID, Object.values(CREATORS)],
    );
    await client.query(
      `INSERT INTO "Generation" (id, "workspaceId", "creatorId", prompt, model, "aspectRatio", resolution,
         "durationSec", "idempotencyKey", state, favorite, "deletedAt", "createdAt", "updatedAt")
       SELECT 'gen' || lpad(i::text, 8, '0'), $1,
         CASE WHEN r1 < 0.60 THEN $2 WHEN r1 < 0.85 THEN $3 WHEN r1 < 0.999 THEN $4 ELSE $5 END,
         initcap(a[1 + floor(random() * cardinality(a))::int]) || ' ' || s[1 + floor(random() * cardinality(s))::int]
           || ' ' || act[1 + floor(random() * cardinality(act))::int] || ' ' || p[1 + floor(random() * cardinality(p))::int]
           || ', ' || st[1 + floor(random() * cardinality(st))::int]
           || CASE WHEN r4 < 0.004 THEN ', ' || rare[1 + floor(random() * cardinality(rare))::int] ELSE '' END,
         CASE WHEN r2 < 0.55 THEN 'grok-imagine-video' WHEN r2 < 0.95 THEN 'grok-imagine-video-1.5-preview'
              ELSE 'grok-imagine-video-1.5:official' END,
         CASE WHEN r3 < 0.50 THEN '16:9' WHEN r3 < 0.85 THEN '9:16' WHEN r3 < 0.95 THEN '1:1'
              WHEN r3 < 0.99 THEN '4:3' ELSE '2:3' END,
         CASE WHEN r3 < 0.7 THEN '480p' ELSE '720p' END,
         CASE WHEN r2 < 0.5 THEN 6 ELSE 10 END,
         'bench-' || i,
         (CASE WHEN i <= 3 THEN 'queued' WHEN i <= 5 THEN 'submitted' WHEN i <= 8 THEN 'running'
               WHEN r5 < 0.95 THEN 'ready' WHEN r5 < 0.97 THEN 'failed' WHEN r5 < 0.98 THEN 'rejected'
               WHEN r5 < 0.99 THEN 'timed_out' WHEN r5 < 0.995 THEN 'canceled' ELSE 'succeeded' END)::"GenerationState",
         r6 < 0.05,
         CASE WHEN r6 > 0.99 THEN now() ELSE NULL END,
         now() - i * interval '47 seconds',
         now() - i * interval '47 seconds'
       FROM (SELECT i, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6
               FROM generate_series(1, $6::int) AS i) AS rows,
            (SELECT $7::text[] AS a, $8::text[] AS s, $9::text[] AS act, $10::text[] AS p, $11::text[] AS st,
                    $12::text[] AS rare) AS words`,
      [
        WORKSPACE_ID,
        CREATORS.owner,
        CREATORS.regular,
        CREATORS.occasional,
        CREATORS.newcomer,
        count,
        ADJECTIVES,
        SUBJECTS,
        ACTIONS,
        PLACES,
        STYLES,
        RARE,
      ],
    );
    await client.query(`ANALYZE`);
  } finally {
    await client.end();
  }
}
