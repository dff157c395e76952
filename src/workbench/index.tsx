import { createRoot } from "react-dom/client";
import { Workbench } from "./components/Workbench";

const container = document.getElementById("root");
if (container) createRoot(container).render(<Workbench />);
