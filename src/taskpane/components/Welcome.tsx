import { Body1, Image, makeStyles, Title3, tokens } from "@fluentui/react-components";
import type { PaneStrings } from "../i18n";
import { FunctionList } from "./FunctionList";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}`,
  },
  header: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
  },
  title: {
    margin: 0,
  },
  intro: {
    margin: 0,
  },
});

export interface WelcomeProps {
  strings: PaneStrings;
}

/** The first thing a user sees: what KAM does and a few formulas to try. */
export function Welcome({ strings }: WelcomeProps) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Image src="assets/icon-32.png" alt="" width={32} height={32} />
        <Title3 as="h1" className={styles.title}>
          {strings.title}
        </Title3>
      </header>
      <Body1 as="p" className={styles.intro}>
        {strings.intro}
      </Body1>
      <FunctionList heading={strings.tryHeading} examples={strings.examples} />
    </main>
  );
}
