import { Link } from "./components/Link.tsx";
import { ProblemList } from "./pages/ProblemList.tsx";
import { ProblemPage } from "./pages/ProblemPage.tsx";
import { matchRoute, paths, usePathname } from "./lib/router.ts";
import { useDocumentTitle } from "./lib/useLoad.ts";

export function App() {
  const route = matchRoute(usePathname());
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href={paths.problems()} className="brand">
          Rehearse
        </Link>
        <span className="tagline">Interview practice for technical leads</span>
      </header>
      <main id="main" tabIndex={-1}>
        {route.name === "problems" && <ProblemList />}
        {route.name === "problem" && <ProblemPage key={route.slug} slug={route.slug} />}
        {route.name === "not-found" && <NotFound />}
      </main>
    </>
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
