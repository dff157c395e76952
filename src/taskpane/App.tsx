import {
  FluentProvider,
  makeStyles,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { PaneEnvironment } from "./environment";
import { PANE_STRINGS } from "./i18n";
import { Welcome } from "./components/Welcome";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
  },
});

export interface AppProps {
  environment: PaneEnvironment;
}

export function App({ environment }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider className={styles.root} theme={environment.dark ? webDarkTheme : webLightTheme}>
      <Welcome strings={PANE_STRINGS[environment.lang]} />
    </FluentProvider>
  );
}
