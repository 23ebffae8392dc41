import { describe, expect, it } from "vitest";
import { matchRoute, nextPath, paths } from "./router.ts";

describe("nextPath", () => {
  it.each([
    ["?next=%2Fproblems%2Ftwo-sum", "/problems/two-sum"],
    ["?next=/problems/two-sum?tab=history", "/problems/two-sum?tab=history"],
    ["", "/"],
    ["?next=", "/"],
  ])("reads %j as %j", (search, expected) => {
    expect(nextPath(search)).toBe(expected);
  });

  it.each(["?next=https://evil.example", "?next=//evil.example/x", "?next=/\\evil.example", "?next=javascript:alert(1)", "?next=problems"])(
    "never leaves the site for %j",
    (search) => {
      expect(nextPath(search)).toBe("/");
    },
  );

  it("round-trips through the sign-in path", () => {
    const to = paths.signIn("/problems/two-sum");
    expect(to).toBe("/sign-in?next=%2Fproblems%2Ftwo-sum");
    expect(nextPath(to.slice(to.indexOf("?")))).toBe("/problems/two-sum");
    expect(paths.signUp("/")).toBe("/sign-up");
  });
});

describe("matchRoute", () => {
  it("knows the account pages", () => {
    expect(matchRoute("/sign-in")).toEqual({ name: "sign-in" });
    expect(matchRoute("/sign-up")).toEqual({ name: "sign-up" });
    expect(matchRoute("/sign-out")).toEqual({ name: "not-found" });
  });
});

describe("the written rounds' routes", () => {
  it.each([
    ["/design", { name: "design-list" }],
    ["/design/design-chat", { name: "design", id: "design-chat" }],
    ["/behavioral/", { name: "behavioral-list" }],
    ["/behavioral/behavioral-failure", { name: "behavioral", id: "behavioral-failure" }],
    ["/concepts", { name: "concepts" }],
    ["/design/Not_An_Id", { name: "not-found" }],
  ])("reads %j", (pathname, route) => {
    expect(matchRoute(pathname)).toEqual(route);
  });

  it("builds the paths it reads", () => {
    expect(matchRoute(paths.design("design-chat"))).toEqual({ name: "design", id: "design-chat" });
    expect(matchRoute(paths.behavioral("behavioral-failure"))).toEqual({ name: "behavioral", id: "behavioral-failure" });
  });
});
