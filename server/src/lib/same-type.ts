/**
 * True when A and B are the same type, else false: `const check: Same<z.infer<typeof schema>, ServiceType> = true`
 * breaks the build when a hand-written zod schema and the type it describes drift apart.
 */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
