import {
  FluentProvider,
  makeStyles,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { KamWorkbook } from "../excel/kam-workbook";
import type { PaneEnvironment } from "./environment";
import type { PaneFlow } from "./flow";
import { KamPane } from "./components/KamPane";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
  },
});

export interface AppProps {
  environment: PaneEnvironment;
  workbook: KamWorkbook;
  flow: PaneFlow;
  /** Outside Excel the pane shows a sample workbook. */
  demo?: boolean;
}

export function App({ environment, workbook, flow, demo }: AppProps) {
  const styles = useStyles();
  // The height goes on an inner element: FluentProvider gives its className to every portal too
  // (dropdown lists, tooltips), and a portal 100vh high covers the whole pane and takes its clicks.
  return (
    <FluentProvider theme={environment.dark ? webDarkTheme : webLightTheme}>
      <div className={styles.root}>
        <KamPane workbook={workbook} flow={flow} lang={environment.lang} demo={demo} />
      </div>
    </FluentProvider>
  );
}
