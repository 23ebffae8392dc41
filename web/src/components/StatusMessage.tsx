import type { ReactNode } from "react";

/** Loading and failure notices, announced to screen readers. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="notice" role="status">
      Loading {what}…
    </p>
  );
}

export function ErrorNotice({ title, error, children }: { title: string; error: Error; children?: ReactNode }) {
  return (
    <div className="notice notice-error" role="alert">
      <p>
        <strong>{title}</strong> {error.message}
      </p>
      {children}
    </div>
  );
}
