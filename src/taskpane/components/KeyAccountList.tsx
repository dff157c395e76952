import { Caption1, Link, Body1Strong, makeStyles, tokens } from "@fluentui/react-components";
import type { AccountTier } from "../../core/analysis-types";
import { formatPercent } from "../../core/language";
import { useStrings } from "../strings-context";
import { usePlainListStyles } from "./plain-list";

const MAX_SHOWN = 50;

const useStyles = makeStyles({
  item: { display: "flex", flexDirection: "column" },
  heading: { display: "block", margin: 0 },
  note: { color: tokens.colorNeutralForeground2 },
});

export interface KeyAccountListProps {
  accounts: readonly AccountTier[];
  keyMinStars: number;
  onGoTo(account: string): void;
}

/** The key accounts, largest first; each goes to its row on the tier sheet. */
export function KeyAccountList({ accounts, keyMinStars, onGoTo }: KeyAccountListProps) {
  const styles = useStyles();
  const { list } = usePlainListStyles();
  const t = useStrings().results;
  const keyAccounts = accounts.filter((a) => a.keyAccount);
  const shown = keyAccounts.slice(0, MAX_SHOWN);
  return (
    <section aria-label={t.keyList(keyMinStars)}>
      <Body1Strong as="h3" className={styles.heading}>
        {t.keyList(keyMinStars)}
      </Body1Strong>
      {shown.length === 0 ? (
        <Caption1 className={styles.note}>{t.keyListEmpty(keyMinStars)}</Caption1>
      ) : null}
      <ul className={list}>
        {shown.map((a) => (
          <li key={a.account} className={styles.item}>
            <Link title={t.goTo(a.account)} onClick={() => onGoTo(a.account)}>
              {a.account}
            </Link>
            <Caption1 className={styles.note}>
              {`${"★".repeat(a.stars)} · ${t.accountLine(formatPercent(a.share), a.abc)}`}
            </Caption1>
          </li>
        ))}
      </ul>
      {keyAccounts.length > shown.length ? (
        <Caption1 className={styles.note}>{t.more(keyAccounts.length - shown.length)}</Caption1>
      ) : null}
    </section>
  );
}
