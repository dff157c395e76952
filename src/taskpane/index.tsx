import { createRoot } from "react-dom/client";
import { App } from "./App";
import { readEnvironment } from "./environment";

function render(): void {
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(<App environment={readEnvironment()} />);
}

// Without office.js (a browser preview, or the CDN unreachable) the pane still renders.
if (typeof Office !== "undefined") {
  Office.onReady(() => render());
} else {
  render();
}
