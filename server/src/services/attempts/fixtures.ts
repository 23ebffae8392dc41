import { expect } from "vitest";
import { SAME_ORIGIN, type TestAccount } from "../../routes/fixtures.ts";

/** Test helpers for suites that drive sets, invitations and attempts through the API. */
type RequestApp = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };

export type Call = (method: string, path: string, account?: TestAccount, body?: unknown, headers?: Record<string, string>) => Promise<Response>;

export function caller(app: RequestApp): Call {
  return async (method, path, account, body, extra = {}) => {
    const headers: Record<string, string> = { ...SAME_ORIGIN, ...(account ? { Cookie: account.cookie } : {}), ...extra };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    return app.request(path, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  };
}

/** The JSON body of a response that must have `status`. */
export async function json<T = Record<string, unknown>>(res: Response, status = 200): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return JSON.parse(text) as T;
}

export async function expectError(res: Response, status: number, message?: RegExp): Promise<{ code: string; message: string }> {
  const body = (await res.json()) as { code: string; message: string; requestId: string };
  expect(res.status, JSON.stringify(body)).toBe(status);
  if (message) expect(body.message).toMatch(message);
  expect(body.requestId).toEqual(expect.any(String));
  return body;
}

/** A lead's new set, by the API. */
export async function createSet(call: Call, lead: TestAccount, teamId: string, body: Record<string, unknown>): Promise<string> {
  const { set } = await json<{ set: { id: string } }>(await call("POST", `/api/teams/${teamId}/sets`, lead, body), 201);
  return set.id;
}

/** A link made by the lead and accepted by the candidate: the candidate's attempt id. */
export async function openAttempt(call: Call, lead: TestAccount, teamId: string, setId: string, candidate: TestAccount): Promise<string> {
  const { token } = await json<{ token: string }>(await call("POST", `/api/teams/${teamId}/sets/${setId}/invitations`, lead, {}), 201);
  const { attemptId } = await json<{ attemptId: string }>(await call("POST", `/api/invitations/${token}/accept`, candidate));
  return attemptId;
}
