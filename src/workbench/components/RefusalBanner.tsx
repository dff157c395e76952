import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
} from "@fluentui/react-components";
import type { WorkbenchHost } from "../host/workbench-host";
import { useWorkbenchText } from "../workbench-text";

/**
 * The requests the double refused (a bad sheet name, an array of the wrong size, more than 5 MB…),
 * shown in red over the workbook: the pane words errors for users, this says what Excel rejected.
 */
const useStyles = makeStyles({ banner: { flexShrink: 0 } });

export function RefusalBanner({ host }: { host: WorkbenchHost }) {
  const styles = useStyles();
  const text = useWorkbenchText();
  if (host.refusals.length === 0) return null;
  return (
    <MessageBar
      className={styles.banner}
      intent="error"
      layout="multiline"
      role="alert"
      aria-label={text.refusedTitle}
    >
      <MessageBarBody>
        <MessageBarTitle>{text.refusedTitle}</MessageBarTitle>
        {text.refusedHint}
        <ul>
          {host.refusals.slice(-3).map((refusal, i) => (
            <li key={i}>
              <code>{refusal.code}</code>: {refusal.message}
            </li>
          ))}
        </ul>
      </MessageBarBody>
      <MessageBarActions>
        <Button
          onClick={() => {
            host.refusals.length = 0;
            host.moved();
          }}
        >
          {text.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
