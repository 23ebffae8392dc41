import { Link } from "../components/Link.tsx";
import { api } from "../lib/api.ts";
import { useDocumentTitle, useLoad } from "../lib/useLoad.ts";

interface RubricListProps {
  title: string;
  intro: string;
  kinds: readonly string[];
  href: (id: string) => string;
}

/** The questions of some kinds (design prompts; behavioral and leadership stories), each a link to its round. */
export function RubricList({ title, intro, kinds, href }: RubricListProps) {
  const load = useLoad("rubrics", api.listRubrics);
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p>{intro}</p>
      {load.state === "loading" && <p>Loading…</p>}
      {load.state === "failed" && <p className="notice notice-error">{load.error.message}</p>}
      {load.state === "ready" && (
        <ul className="problem-list rubric-list">
          {load.data
            .filter((r) => kinds.includes(r.kind))
            .map((r) => (
              <li key={r.id} className="problem-item">
                <Link href={href(r.id)} className="problem-title">
                  {r.title}
                </Link>
                <p className="muted">{r.prompt.length > 200 ? `${r.prompt.slice(0, 200)}…` : r.prompt}</p>
              </li>
            ))}
        </ul>
      )}
    </>
  );
}
