import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { FunctionExample } from "../i18n";

const useStyles = makeStyles({
  root: {
    paddingTop: tokens.spacingVerticalL,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    display: "block",
    margin: `0 0 ${tokens.spacingVerticalS}`,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  formula: {
    display: "block",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
  },
  description: {
    color: tokens.colorNeutralForeground2,
  },
});

export interface FunctionListProps {
  heading: string;
  examples: readonly FunctionExample[];
}

/** Formulas to type into a cell, each with one line on what it gives. */
export function FunctionList({ heading, examples }: FunctionListProps) {
  const styles = useStyles();
  return (
    <section className={styles.root}>
      <Subtitle2 as="h2" className={styles.heading}>
        {heading}
      </Subtitle2>
      <ul className={styles.list}>
        {examples.map((example) => (
          <li key={example.formula} className={styles.item}>
            <code className={styles.formula}>{example.formula}</code>
            <Caption1 className={styles.description}>{example.description}</Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}
