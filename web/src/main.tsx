import "./lib/zod-without-eval.ts";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App, preloadRoute } from "./App.tsx";
import { followTheme } from "./lib/editor-settings.ts";
import { matchRoute } from "./lib/router.ts";
import "./styles.css";

preloadRoute(matchRoute(window.location.pathname));
followTheme();

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
