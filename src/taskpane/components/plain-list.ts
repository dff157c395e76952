import { makeStyles, tokens } from "@fluentui/react-components";

/** A list without bullets, its items stacked with a little space: the pane's lists of accounts and problems. */
export const usePlainListStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
});
