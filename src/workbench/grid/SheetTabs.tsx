import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbenchHost } from "../host/workbench-host";
import { useWorkbenchText } from "../workbench-text";

const useStyles = makeStyles({
  bar: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowX: "auto",
    flexShrink: 0,
  },
});

/** The sheet tabs under the grid; hidden sheets have none, as in Excel. */
export function SheetTabs({ host }: { host: WorkbenchHost }) {
  const styles = useStyles();
  const text = useWorkbenchText();
  const visible = host.model.sheets.filter((s) => s.visibility === "Visible");
  return (
    <div className={styles.bar}>
      <TabList
        size="small"
        aria-label={text.sheets}
        selectedValue={host.model.activeSheet?.id}
        onTabSelect={(_, data) => {
          const sheet = host.model.sheets.find((s) => s.id === data.value);
          if (!sheet) return;
          host.model.activate(sheet);
          host.moved();
        }}
      >
        {visible.map((sheet) => (
          <Tab
            key={sheet.id}
            value={sheet.id}
            style={sheet.tabColor ? { borderBottom: `3px solid ${sheet.tabColor}` } : undefined}
          >
            {sheet.name}
          </Tab>
        ))}
      </TabList>
    </div>
  );
}
