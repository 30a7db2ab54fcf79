import { z } from "zod";

// zod probes `new Function` to speed up parsing; under our CSP (no unsafe-eval) that probe is a
// reported violation in the browser. Schemas the browser parses import zod from here, so the
// setting travels with them and pages that parse nothing do not load zod at all.
z.config({ jitless: true });

export { z };
