import {
  Body1Strong,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  makeStyles,
} from "@fluentui/react-components";
import type { PlanOutcome } from "../run-plans";
import { useStrings } from "../strings-context";
import { usePlainListStyles } from "./plain-list";

const useStyles = makeStyles({
  heading: { display: "block", margin: 0 },
});

export interface PlanResultsProps {
  outcome: PlanOutcome;
  onGoTo(sheetName: string): void;
}

/** What a generation did: counts, a link to the overview and to each new plan, and what to know. */
export function PlanResults({ outcome, onGoTo }: PlanResultsProps) {
  const styles = useStyles();
  const { list } = usePlainListStyles();
  const t = useStrings().plans;
  const created = outcome.entries.filter((e) => e.isNew);
  const updated = outcome.entries.length - created.length;
  const link = (sheet: string, label: string) => (
    <Link title={t.goTo(sheet)} onClick={() => onGoTo(sheet)}>
      {label}
    </Link>
  );
  return (
    <>
      <MessageBar intent="success">
        <MessageBarBody>{t.done(created.length, updated)}</MessageBarBody>
      </MessageBar>
      {outcome.overview ? link(outcome.overview.name, t.overview) : null}
      {created.length > 0 ? (
        <section aria-label={t.newPlans}>
          <Body1Strong as="h3" className={styles.heading}>
            {t.newPlans}
          </Body1Strong>
          <ul className={list}>
            {created.map((e) => (
              <li key={e.marker}>{link(e.sheetName, e.account)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {outcome.templates === "absent" ? <Caption1>{t.templatesWritten}</Caption1> : null}
      {outcome.templates === "unreadable" ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t.templatesUnreadable}</MessageBarBody>
        </MessageBar>
      ) : null}
      {outcome.missing.length > 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t.missing(outcome.missing.length)}</MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
