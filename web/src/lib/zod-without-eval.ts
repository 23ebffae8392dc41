import { config } from "zod/v4/core";

// zod probes for eval (`new Function("")`) as it builds its first object schema, to compile faster
// parsers. The CSP forbids eval, and Chromium reports the probe as a violation although zod catches
// it; jitless skips the probe. main.tsx imports this first, before any module builds a schema.
config({ jitless: true });
