import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { friendlyError } from "../error-text";
import { useStrings } from "../strings-context";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  details: {
    margin: 0,
    whiteSpace: "pre-wrap",
    wordBreak: "break-word",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
});

export interface ErrorNoticeProps {
  error: unknown;
}

/** A failure in words the user can act on; what failed is behind "Details" for the unexpected ones. */
export function ErrorNotice({ error }: ErrorNoticeProps) {
  const styles = useStyles();
  const strings = useStrings();
  const { message, details } = friendlyError(error, strings);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{strings.errors.title}</MessageBarTitle>
        <span>{message}</span>
        {details ? (
          <Accordion collapsible>
            <AccordionItem value="details">
              <AccordionHeader size="small">{strings.errors.details}</AccordionHeader>
              <AccordionPanel>
                <pre className={styles.details}>{details}</pre>
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
