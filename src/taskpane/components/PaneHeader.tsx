import {
  Body1,
  Image,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useStrings } from "../strings-context";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  title: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM },
  heading: { margin: 0 },
  intro: { margin: 0 },
});

export interface PaneHeaderProps {
  /** The pane runs outside Excel, on a sample table. */
  demo: boolean;
}

/** What KAM is, in one line; outside Excel, that the table shown is a sample. */
export function PaneHeader({ demo }: PaneHeaderProps) {
  const styles = useStyles();
  const strings = useStrings();
  return (
    <header className={styles.root}>
      <div className={styles.title}>
        <Image src="assets/icon-32.png" alt="" width={32} height={32} />
        <Subtitle1 as="h1" className={styles.heading}>
          {strings.title}
        </Subtitle1>
      </div>
      <Body1 as="p" className={styles.intro}>
        {strings.intro}
      </Body1>
      {demo ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{strings.demoNotice}</MessageBarBody>
        </MessageBar>
      ) : null}
    </header>
  );
}
