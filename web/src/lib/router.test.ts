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
    expect(paths.verifyEmail("/invite/abc")).toBe("/verify-email?next=%2Finvite%2Fabc");
    expect(matchRoute("/verify-email")).toEqual({ name: "verify-email" });
    expect(matchRoute("/forgot-password")).toEqual({ name: "forgot-password" });
    expect(matchRoute("/reset-password")).toEqual({ name: "reset-password" });
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

describe("the team and attempt routes", () => {
  it("reads every team page, 'new' before an id", () => {
    expect(matchRoute("/teams")).toEqual({ name: "teams" });
    expect(matchRoute("/teams/t1")).toEqual({ name: "team", teamId: "t1" });
    expect(matchRoute("/teams/join/inv_1")).toEqual({ name: "team-join", invitationId: "inv_1" });
    expect(matchRoute("/teams/t1/problems/new")).toEqual({ name: "team-problem-new", teamId: "t1" });
    expect(matchRoute("/teams/t1/problems/p1")).toEqual({ name: "team-problem", teamId: "t1", problemId: "p1" });
    expect(matchRoute("/teams/t1/sets/new")).toEqual({ name: "team-set-new", teamId: "t1" });
    expect(matchRoute("/teams/t1/sets/s1/")).toEqual({ name: "team-set", teamId: "t1", setId: "s1" });
    expect(matchRoute("/teams/t1/attempts/a1")).toEqual({ name: "team-attempt", teamId: "t1", attemptId: "a1" });
  });

  it("reads the candidate's pages and refuses what is not one", () => {
    expect(matchRoute("/invite/AbC-_9")).toEqual({ name: "invite", token: "AbC-_9" });
    expect(matchRoute("/attempts/a1")).toEqual({ name: "attempt", attemptId: "a1" });
    expect(matchRoute("/attempts/a1/items/2")).toEqual({ name: "attempt-item", attemptId: "a1", position: 2 });
    expect(matchRoute("/attempts/a1/items/x")).toEqual({ name: "not-found" });
    expect(matchRoute("/invite/a%2Fb")).toEqual({ name: "not-found" });
  });

  it("builds the paths it reads", () => {
    expect(matchRoute(paths.teamSet("t1", "s1"))).toEqual({ name: "team-set", teamId: "t1", setId: "s1" });
    expect(matchRoute(paths.attemptItem("a1", 3))).toEqual({ name: "attempt-item", attemptId: "a1", position: 3 });
    expect(paths.teamProblemNew("t1", "design")).toBe("/teams/t1/problems/new?kind=design");
  });
});
