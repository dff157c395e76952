import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { useWorkbench } from "../use-workbench";
import { WorkbenchTextContext, workbenchText } from "../workbench-text";
import { PaneColumn } from "./PaneColumn";
import { WorkbenchToolbar } from "./WorkbenchToolbar";
import { WorkbookArea } from "./WorkbookArea";

const useStyles = makeStyles({
  root: { height: "100vh", display: "flex", flexDirection: "column" },
  main: { display: "flex", flexGrow: 1, minHeight: 0 },
  pane: {
    width: "380px",
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  waiting: { margin: "auto" },
});

/** The page: toolbar on top, the workbook on the left, the add-in's task pane on the right. */
export function Workbench() {
  const styles = useStyles();
  const { state, open, openSample, download, setLang, setTheme } = useWorkbench();
  const { host, lang, theme } = state;
  const text = workbenchText(lang);
  const dark = theme === "dark";
  const environment = useMemo(() => ({ lang, dark }), [lang, dark]);
  return (
    <WorkbenchTextContext.Provider value={text}>
      {/* Layout on an inner element: FluentProvider copies its className onto every portal (menus,
          tooltips), and a full-height portal would cover the page. */}
      <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme}>
        <div className={styles.root}>
          <WorkbenchToolbar
            workbookName={host?.workbookName}
            lang={lang}
            theme={theme}
            onOpenFile={(file) => void open(file.arrayBuffer(), file.name)}
            onOpenSample={(sample) => void openSample(sample)}
            canDownload={Boolean(host) && !state.loading && !state.saving}
            onDownload={() => void download()}
            onLang={setLang}
            onTheme={setTheme}
          />
          {state.error ? (
            <MessageBar intent="error">
              <MessageBarBody>{state.error}</MessageBarBody>
            </MessageBar>
          ) : null}
          <div className={styles.main}>
            {host && !state.loading ? (
              <>
                <WorkbookArea host={host} />
                <aside className={styles.pane} aria-label={text.paneLabel}>
                  <PaneColumn key={state.session} environment={environment} />
                </aside>
              </>
            ) : (
              <Spinner className={styles.waiting} label={text.loading} />
            )}
          </div>
        </div>
      </FluentProvider>
    </WorkbenchTextContext.Provider>
  );
}
