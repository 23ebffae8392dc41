/**
 * Transport-neutral errors thrown by services and libraries. `app.ts` maps them to HTTP
 * in its one `onError`; nothing else shapes an error response.
 */
export class AppError extends Error {
  readonly code: string;
  readonly details?: unknown;

  constructor(code: string, message: string, details?: unknown) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.details = details;
  }
}

export class ValidationError extends AppError {
  constructor(message: string, details?: unknown) {
    super("validation_error", message, details);
  }
}

export class NotFoundError extends AppError {
  constructor(message: string) {
    super("not_found", message);
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = "Sign in first.") {
    super("unauthorized", message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "You may not do that.", code = "forbidden") {
    super(code, message);
  }
}

/** An invitation bound to an email, refused until the account's address is verified: its own code, so the web can offer the link again. */
export class EmailNotVerifiedError extends ForbiddenError {
  constructor(message = "This invitation is for your email address only: confirm it first with the link we emailed you, then accept again.") {
    super(message, "email_not_verified");
  }
}

/**
 * A request that changes something, sent from another site's page (or unable to say where it
 * came from while carrying a session cookie): cross-site request forgery, refused before it runs.
 */
export class CsrfError extends AppError {
  constructor(message: string) {
    super("cross_site_request", message);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super("conflict", message);
  }
}

/** The request is well-formed but names something that cannot be used as asked (a draft-only problem in a set). */
export class UnprocessableError extends AppError {
  constructor(message: string, details?: unknown) {
    super("unprocessable", message, details);
  }
}

/** It existed and is no longer usable: an expired, revoked or used-up link. */
export class GoneError extends AppError {
  constructor(message: string) {
    super("gone", message);
  }
}

/** The judge queue is full, or a rate limit was hit: retry after `retryAfterSeconds`. */
export class LimitExceededError extends AppError {
  readonly retryAfterSeconds: number;

  constructor(message: string, retryAfterSeconds: number) {
    super("limit_exceeded", message);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The server is draining for a restart and takes no new work: retry after `retryAfterSeconds`, likely on a fresh instance. */
export class ServiceUnavailableError extends AppError {
  readonly retryAfterSeconds: number;

  constructor(message: string, retryAfterSeconds: number) {
    super("service_unavailable", message);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
