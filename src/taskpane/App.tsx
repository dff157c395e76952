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
  return (
    <FluentProvider className={styles.root} theme={environment.dark ? webDarkTheme : webLightTheme}>
      <KamPane workbook={workbook} flow={flow} lang={environment.lang} demo={demo} />
    </FluentProvider>
  );
}
