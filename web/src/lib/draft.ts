import { useCallback, useEffect, useState } from "react";

/** The code in the editor survives a reload: one draft per problem, kept in localStorage. */
const key = (slug: string) => `rehearse:draft:${slug}`;

function readDraft(slug: string): string | null {
  try {
    return window.localStorage.getItem(key(slug));
  } catch {
    return null;
  }
}

function writeDraft(slug: string, code: string | null): void {
  try {
    if (code === null) window.localStorage.removeItem(key(slug));
    else window.localStorage.setItem(key(slug), code);
  } catch {
    // Storage full or disabled: the draft just is not kept.
  }
}

export function useDraft(slug: string, starter: string): [string, (code: string) => void, () => void] {
  const [code, setCode] = useState(() => readDraft(slug) ?? starter);

  useEffect(() => {
    writeDraft(slug, code === starter ? null : code);
  }, [slug, code, starter]);

  const reset = useCallback(() => setCode(starter), [starter]);
  return [code, setCode, reset];
}
