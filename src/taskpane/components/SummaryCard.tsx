import { Caption1, Card, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalXXS },
  wide: { gridColumn: "1 / -1" },
  label: { color: tokens.colorNeutralForeground2 },
  note: { color: tokens.colorNeutralForeground2 },
});

export interface SummaryCardProps {
  label: string;
  value: string;
  note?: string;
  wide?: boolean;
}

/** One figure of the summary, with what it is and what it means. */
export function SummaryCard({ label, value, note, wide }: SummaryCardProps) {
  const styles = useStyles();
  return (
    <Card
      size="small"
      appearance="filled-alternative"
      className={mergeClasses(styles.card, wide && styles.wide)}
    >
      <Caption1 className={styles.label}>{label}</Caption1>
      <Text size={500} weight="semibold">
        {value}
      </Text>
      {note ? <Caption1 className={styles.note}>{note}</Caption1> : null}
    </Card>
  );
}
