import {
  Caption1,
  Checkbox,
  Field,
  SearchBox,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { AccountTier } from "../../core/analysis-types";
import { formatPercent } from "../../core/language";
import { planChoices } from "../plan-choices";
import { useStrings } from "../strings-context";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: { display: "flex", flexDirection: "column" },
  note: { color: tokens.colorNeutralForeground2, paddingLeft: tokens.spacingHorizontalXXL },
});

export interface PlanAccountListProps {
  accounts: readonly AccountTier[];
  planned: ReadonlySet<string>;
  chosen: ReadonlySet<string>;
  disabled: boolean;
  onToggle(account: string, on: boolean): void;
}

/** The accounts to plan, as checkboxes: key accounts ticked at first, accounts with a plan shown so. */
export function PlanAccountList({
  accounts,
  planned,
  chosen,
  disabled,
  onToggle,
}: PlanAccountListProps) {
  const styles = useStyles();
  const t = useStrings().plans;
  const [filter, setFilter] = useState("");
  const shown = planChoices(accounts, planned, filter);
  return (
    <section aria-label={t.accounts}>
      <Field label={t.filter}>
        <SearchBox
          value={filter}
          onChange={(_, data) => setFilter(data.value)}
          disabled={disabled}
        />
      </Field>
      <ul className={styles.list}>
        {shown.map((a) => {
          const hasPlan = planned.has(a.account);
          const line = `${"★".repeat(a.stars)} · ${formatPercent(a.share)}${a.keyAccount ? ` · ${t.keyAccount}` : ""}`;
          return (
            <li key={a.account} className={styles.item}>
              <Checkbox
                label={a.account}
                checked={hasPlan || chosen.has(a.account)}
                disabled={disabled || hasPlan}
                onChange={(_, data) => onToggle(a.account, data.checked === true)}
              />
              <Caption1 className={styles.note}>
                {hasPlan ? `${line} · ${t.hasPlan}` : line}
              </Caption1>
            </li>
          );
        })}
      </ul>
      {shown.length === 0 ? <Caption1>{t.noMatch}</Caption1> : null}
      {filter === "" && shown.length < accounts.length ? (
        <Caption1 className={styles.note}>{t.shown(shown.length, accounts.length)}</Caption1>
      ) : null}
    </section>
  );
}
