import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { COLUMN_ROLES } from "../../core/table/columns";
import { COLUMN_SYNONYMS } from "../../core/table/column-synonyms";
import { useStrings } from "../strings-context";

const useStyles = makeStyles({
  list: {
    margin: 0,
    display: "grid",
    rowGap: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
  },
  role: { fontWeight: tokens.fontWeightSemibold },
  names: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** The header names each role is found by, so users can see why a column was (or was not) recognised. */
export function RecognisedNames() {
  const styles = useStyles();
  const strings = useStrings();
  return (
    <Accordion collapsible>
      <AccordionItem value="names">
        <AccordionHeader size="small">{strings.mapping.recognised}</AccordionHeader>
        <AccordionPanel>
          <dl className={styles.list}>
            {COLUMN_ROLES.map((role) => (
              <div key={role}>
                <dt className={styles.role}>{strings.roles[role]}</dt>
                <dd className={styles.names}>{COLUMN_SYNONYMS[role].join(", ")}</dd>
              </div>
            ))}
          </dl>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
