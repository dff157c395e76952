import { makeStyles, tokens } from "@fluentui/react-components";
import type { AnalysisSummary } from "../../core/analysis-types";
import { formatAmount, formatPercent } from "../../core/language";
import { useStrings } from "../strings-context";
import { SummaryCard } from "./SummaryCard";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
});

export interface SummaryCardsProps {
  summary: AnalysisSummary;
}

/** The figures of the summary block: sales, accounts, key accounts, the 70% group and concentration. */
export function SummaryCards({ summary: s }: SummaryCardsProps) {
  const styles = useStyles();
  const t = useStrings().results;
  return (
    <div className={styles.grid}>
      <SummaryCard label={t.totalSales} value={formatAmount(s.totalSales, 0)} />
      <SummaryCard label={t.accounts} value={formatAmount(s.accounts, 0)} />
      <SummaryCard
        label={t.keyAccounts}
        value={formatAmount(s.keyAccounts, 0)}
        note={t.keyShare(formatPercent(s.keyAccountShare))}
      />
      <SummaryCard
        label={t.pareto(formatPercent(s.paretoCutoff, 0))}
        value={formatAmount(s.paretoCount, 0)}
        note={t.paretoOf(s.accounts)}
      />
      <SummaryCard
        wide
        label={t.hhi}
        value={formatAmount(s.hhi, 0)}
        note={`${t.concentration[s.concentration]} ${t.effective(formatAmount(s.effectiveCustomers, 1))}`}
      />
    </div>
  );
}
