import { AccountNav } from "./components/AccountNav.tsx";
import { Link } from "./components/Link.tsx";
import { ProblemList } from "./pages/ProblemList.tsx";
import { BehavioralPage } from "./pages/BehavioralPage.tsx";
import { ConceptsPage } from "./pages/ConceptsPage.tsx";
import { DesignPage } from "./pages/DesignPage.tsx";
import { ProblemPage } from "./pages/ProblemPage.tsx";
import { RubricList } from "./pages/RubricList.tsx";
import { SignIn } from "./pages/SignIn.tsx";
import { SignUp } from "./pages/SignUp.tsx";
import { matchRoute, paths, usePathname } from "./lib/router.ts";
import { SessionProvider } from "./lib/session.tsx";
import { useDocumentTitle } from "./lib/useLoad.ts";

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
        {route.name === "problems" && <ProblemList />}
        {route.name === "problem" && <ProblemPage key={route.slug} slug={route.slug} />}
        {route.name === "design-list" && (
          <RubricList title="System design" intro="Design prompts: draw on the whiteboard, write the answer in sections, get a scorecard." kinds={["design"]} href={paths.design} />
        )}
        {route.name === "design" && <DesignPage key={route.id} id={route.id} />}
        {route.name === "behavioral-list" && (
          <RubricList title="Behavioral and leadership" intro="Tell a story in about three minutes, free or in STAR form, and see how it reads." kinds={["behavioral", "leadership"]} href={paths.behavioral} />
        )}
        {route.name === "behavioral" && <BehavioralPage key={route.id} id={route.id} />}
        {route.name === "concepts" && <ConceptsPage />}
        {route.name === "sign-in" && <SignIn />}
        {route.name === "sign-up" && <SignUp />}
        {route.name === "not-found" && <NotFound />}
      </main>
    </SessionProvider>
  );
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
