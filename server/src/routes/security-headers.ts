import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

/**
 * The Content-Security-Policy of every response (the web app's pages are what it protects).
 * Everything the app loads is its own: scripts, Monaco's workers, Excalidraw's fonts (served
 * under /excalidraw/) and the API. test/e2e/csp.spec.ts visits every kind of page and fails on
 * any violation, so a new need shows up there, not in production.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  // No inline script and no eval: the build emits none, and Monaco and Excalidraw need neither.
  scriptSrc: ["'self'"],
  // Monaco writes its theme, token colours and decorations into <style> elements it creates at
  // run time (no nonce can be given to them), and renders lines as HTML with style attributes
  // (microsoft/monaco-editor#271): without 'unsafe-inline' the editor is unreadable. Styles
  // cannot run script; markdown is sanitised, so there is no markup to inject styles with.
  styleSrc: ["'self'", "'unsafe-inline'"],
  // Excalidraw's canvas cursors and pasted images are data: and blob: URLs.
  imgSrc: ["'self'", "data:", "blob:"],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  // Excalidraw embeds (YouTube, Figma...) would be third-party frames: the app embeds nothing.
  frameSrc: ["'none'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'self'"],
};

/**
 * Hono's secure headers (nosniff, X-Frame-Options SAMEORIGIN, HSTS, COOP/CORP...) plus the CSP.
 * Referrer-Policy stays Hono's `no-referrer`: invitation links carry their token in the path,
 * which must not leak to another site through a Referer header.
 */
export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY, referrerPolicy: "no-referrer" });
}
