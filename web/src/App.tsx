import { Suspense } from "react";
import { AccountNav } from "./components/AccountNav.tsx";
import { preloadEditor } from "./components/CodeEditor.tsx";
import { Link } from "./components/Link.tsx";
import { Loading } from "./components/StatusMessage.tsx";
import { lazyPage } from "./lib/lazy-page.ts";
import { loads } from "./lib/loads.ts";
import { preloadData } from "./lib/preload.ts";
import { matchRoute, paths, type Route, usePathname } from "./lib/router.ts";
import { SessionProvider } from "./lib/session.tsx";
import { useDocumentTitle } from "./lib/useLoad.ts";

// Every page is a chunk of its own: the first load carries the shell and the one page shown.
const ProblemList = lazyPage(() => import("./pages/ProblemList.tsx").then((m) => m.ProblemList));
const ProblemPage = lazyPage(() => import("./pages/ProblemPage.tsx").then((m) => m.ProblemPage));
const RubricList = lazyPage(() => import("./pages/RubricList.tsx").then((m) => m.RubricList));
const DesignPage = lazyPage(() => import("./pages/DesignPage.tsx").then((m) => m.DesignPage));
const BehavioralPage = lazyPage(() => import("./pages/BehavioralPage.tsx").then((m) => m.BehavioralPage));
const ConceptsPage = lazyPage(() => import("./pages/ConceptsPage.tsx").then((m) => m.ConceptsPage));
const SignIn = lazyPage(() => import("./pages/SignIn.tsx").then((m) => m.SignIn));
const SignUp = lazyPage(() => import("./pages/SignUp.tsx").then((m) => m.SignUp));
const VerifyEmailPage = lazyPage(() => import("./pages/VerifyEmailPage.tsx").then((m) => m.VerifyEmailPage));
const ForgotPasswordPage = lazyPage(() => import("./pages/ForgotPasswordPage.tsx").then((m) => m.ForgotPasswordPage));
const ResetPasswordPage = lazyPage(() => import("./pages/ResetPasswordPage.tsx").then((m) => m.ResetPasswordPage));
const InvitePage = lazyPage(() => import("./pages/attempt/InvitePage.tsx").then((m) => m.InvitePage));
const AttemptPage = lazyPage(() => import("./pages/attempt/AttemptPage.tsx").then((m) => m.AttemptPage));
const AttemptItemPage = lazyPage(() => import("./pages/attempt/AttemptItemPage.tsx").then((m) => m.AttemptItemPage));
const TeamsPage = lazyPage(() => import("./pages/team/TeamsPage.tsx").then((m) => m.TeamsPage));
const TeamJoinPage = lazyPage(() => import("./pages/team/TeamJoinPage.tsx").then((m) => m.TeamJoinPage));
const TeamPage = lazyPage(() => import("./pages/team/TeamPage.tsx").then((m) => m.TeamPage));
const TeamProblemNewPage = lazyPage(() => import("./pages/team/TeamProblemPage.tsx").then((m) => m.TeamProblemNewPage));
const TeamProblemPage = lazyPage(() => import("./pages/team/TeamProblemPage.tsx").then((m) => m.TeamProblemPage));
const TeamSetNewPage = lazyPage(() => import("./pages/team/TeamSetPage.tsx").then((m) => m.TeamSetNewPage));
const TeamSetPage = lazyPage(() => import("./pages/team/TeamSetPage.tsx").then((m) => m.TeamSetPage));
const TeamAttemptPage = lazyPage(() => import("./pages/team/TeamAttemptPage.tsx").then((m) => m.TeamAttemptPage));

/**
 * Starts fetching what the first page needs as the app starts, rather than one step after another
 * as it renders: the page's chunk and, for a problem, the problem and the editor (Monaco is most
 * of the wait for a problem page).
 */
export function preloadRoute(route: Route): void {
  switch (route.name) {
    case "problems":
      ProblemList.preload();
      return;
    case "problem": {
      // The editor first: it is the longest of the three to fetch and compile.
      preloadEditor();
      ProblemPage.preload();
      const { key, load } = loads.problem(route.slug);
      preloadData(key, load);
      return;
    }
    case "design-list":
    case "behavioral-list":
      RubricList.preload();
      return;
    case "design":
      DesignPage.preload();
      return;
    case "behavioral":
      BehavioralPage.preload();
      return;
    case "concepts":
      ConceptsPage.preload();
      return;
    case "sign-in":
      SignIn.preload();
      return;
    case "sign-up":
      SignUp.preload();
      return;
    case "verify-email":
      VerifyEmailPage.preload();
      return;
    case "forgot-password":
      ForgotPasswordPage.preload();
      return;
    case "reset-password":
      ResetPasswordPage.preload();
      return;
    case "invite":
      InvitePage.preload();
      return;
    case "attempt":
      AttemptPage.preload();
      return;
    case "attempt-item":
      AttemptItemPage.preload();
      return;
    case "teams":
      TeamsPage.preload();
      return;
    case "team-join":
      TeamJoinPage.preload();
      return;
    case "team":
      TeamPage.preload();
      return;
    case "team-problem-new":
      TeamProblemNewPage.preload();
      return;
    case "team-problem":
      TeamProblemPage.preload();
      return;
    case "team-set-new":
      TeamSetNewPage.preload();
      return;
    case "team-set":
      TeamSetPage.preload();
      return;
    case "team-attempt":
      TeamAttemptPage.preload();
      return;
    case "not-found":
      return;
  }
}

export function App() {
  const route = matchRoute(usePathname());
  return (
    <SessionProvider>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href={paths.problems()} className="brand">
          Rehearse
        </Link>
        <span className="tagline">Interview practice for technical leads</span>
        <nav className="rounds-nav" aria-label="Rounds">
          <Link href={paths.problems()}>Coding</Link>
          <Link href={paths.designList()}>Design</Link>
          <Link href={paths.behavioralList()}>Behavioral</Link>
          <Link href={paths.concepts()}>Concepts</Link>
        </nav>
        <AccountNav />
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading what="the page" />}>
          <RoutePage route={route} />
        </Suspense>
      </main>
    </SessionProvider>
  );
}

function RoutePage({ route }: { route: Route }) {
  switch (route.name) {
    case "problems":
      return <ProblemList.Page />;
    case "problem":
      return <ProblemPage.Page key={route.slug} slug={route.slug} />;
    case "design-list":
      return (
        <RubricList.Page
          title="System design"
          intro="Design prompts: draw on the whiteboard, write the answer in sections, get a scorecard."
          kinds={["design"]}
          href={paths.design}
        />
      );
    case "design":
      return <DesignPage.Page key={route.id} id={route.id} />;
    case "behavioral-list":
      return (
        <RubricList.Page
          title="Behavioral and leadership"
          intro="Tell a story in about three minutes, free or in STAR form, and see how it reads."
          kinds={["behavioral", "leadership"]}
          href={paths.behavioral}
        />
      );
    case "behavioral":
      return <BehavioralPage.Page key={route.id} id={route.id} />;
    case "concepts":
      return <ConceptsPage.Page />;
    case "sign-in":
      return <SignIn.Page />;
    case "sign-up":
      return <SignUp.Page />;
    case "verify-email":
      return <VerifyEmailPage.Page />;
    case "forgot-password":
      return <ForgotPasswordPage.Page />;
    case "reset-password":
      return <ResetPasswordPage.Page />;
    case "invite":
      return <InvitePage.Page key={route.token} token={route.token} />;
    case "attempt":
      return <AttemptPage.Page key={route.attemptId} attemptId={route.attemptId} />;
    case "attempt-item":
      return <AttemptItemPage.Page key={`${route.attemptId}:${route.position}`} attemptId={route.attemptId} position={route.position} />;
    case "teams":
      return <TeamsPage.Page />;
    case "team-join":
      return <TeamJoinPage.Page key={route.invitationId} invitationId={route.invitationId} />;
    case "team":
      return <TeamPage.Page key={route.teamId} teamId={route.teamId} />;
    case "team-problem-new":
      return <TeamProblemNewPage.Page key={route.teamId} teamId={route.teamId} />;
    case "team-problem":
      return <TeamProblemPage.Page key={`${route.teamId}:${route.problemId}`} teamId={route.teamId} problemId={route.problemId} />;
    case "team-set-new":
      return <TeamSetNewPage.Page key={route.teamId} teamId={route.teamId} />;
    case "team-set":
      return <TeamSetPage.Page key={`${route.teamId}:${route.setId}`} teamId={route.teamId} setId={route.setId} />;
    case "team-attempt":
      return <TeamAttemptPage.Page key={`${route.teamId}:${route.attemptId}`} teamId={route.teamId} attemptId={route.attemptId} />;
    case "not-found":
      return <NotFound />;
  }
}

function NotFound() {
  useDocumentTitle("Not found");
  return (
    <>
      <h1>Page not found</h1>
      <p>
        <Link href={paths.problems()}>See all problems</Link>
      </p>
    </>
  );
}
