import { api } from "./api.ts";
import type { DraftSync } from "./draft.ts";

/** The signed-in candidate's drafts, kept by the server (GET/PUT /api/problems/:slug/draft). */
export const accountDrafts: DraftSync = {
  async load(slug) {
    const saved = await api.getDraft(slug);
    return saved ? { code: saved.code, savedAt: Date.parse(saved.updatedAt) } : undefined;
  },
  async save(slug, code) {
    await api.saveDraft(slug, code);
  },
};
