export type ClaimErrorCode =
  | "missing"
  | "invalid-type"
  | "wrong-issuer"
  | "wrong-audience"
  | "expired"
  | "not-yet-valid"
  | "issued-in-future"
  | "too-old";

export interface ClaimError {
  claim: string;
  code: ClaimErrorCode;
}

export interface ValidationOptions {
  /** Seconds since the epoch. */
  now: number;
  issuer: string | string[];
  audience: string;
  clockSkewSec?: number;
  maxAgeSec?: number;
  requiredClaims?: string[];
}

const isNumericDate = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isString = (v: unknown): v is string => typeof v === "string";
const isAudience = (v: unknown): v is string | string[] => isString(v) || (Array.isArray(v) && v.length > 0 && v.every(isString));

/** Type checks for the registered claims this validator knows. */
const TYPE_CHECKS: Record<string, (v: unknown) => boolean> = {
  exp: isNumericDate,
  nbf: isNumericDate,
  iat: isNumericDate,
  iss: isString,
  sub: isString,
  aud: isAudience,
};

/** Checks the claims of a token whose signature is already verified; returns every problem found. */
export function validateClaims(claims: Record<string, unknown>, options: ValidationOptions): ClaimError[] {
  const { now, issuer, audience, clockSkewSec: skew = 0, maxAgeSec, requiredClaims = [] } = options;
  const required = new Set(["iss", "aud", "exp", ...requiredClaims]);
  if (maxAgeSec !== undefined) required.add("iat");

  const errors: ClaimError[] = [];
  const failed = new Set<string>();
  const fail = (claim: string, code: ClaimErrorCode) => {
    errors.push({ claim, code });
    failed.add(claim);
  };
  // `exp: 0` is present: only undefined and null count as absent.
  const present = (claim: string) => claims[claim] !== undefined && claims[claim] !== null;

  for (const claim of required) if (!present(claim)) fail(claim, "missing");
  for (const [claim, check] of Object.entries(TYPE_CHECKS)) {
    if (present(claim) && !check(claims[claim])) fail(claim, "invalid-type");
  }
  const ok = (claim: string) => present(claim) && !failed.has(claim);

  if (ok("iss")) {
    const accepted = Array.isArray(issuer) ? issuer : [issuer];
    if (!accepted.includes(claims.iss as string)) fail("iss", "wrong-issuer");
  }
  if (ok("aud")) {
    const aud = claims.aud as string | string[];
    const matches = Array.isArray(aud) ? aud.includes(audience) : aud === audience;
    if (!matches) fail("aud", "wrong-audience");
  }
  if (ok("exp") && now - skew >= (claims.exp as number)) fail("exp", "expired");
  if (ok("nbf") && now + skew < (claims.nbf as number)) fail("nbf", "not-yet-valid");
  if (ok("iat")) {
    const iat = claims.iat as number;
    if (iat > now + skew) fail("iat", "issued-in-future");
    else if (maxAgeSec !== undefined && now - skew > iat + maxAgeSec) fail("iat", "too-old");
  }
  return errors.sort((a, b) => (a.claim < b.claim ? -1 : a.claim > b.claim ? 1 : 0));
}
