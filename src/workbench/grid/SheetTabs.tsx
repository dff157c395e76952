import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { SheetModel } from "../excel-double";
import type { WorkbenchHost } from "../host/workbench-host";
import { useWorkbenchText } from "../workbench-text";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "center",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    flexShrink: 0,
    minWidth: 0,
  },
  tabs: {
    flexGrow: 1,
    minWidth: 0,
    overflowX: "auto",
    scrollbarWidth: "thin",
  },
  list: { flexWrap: "nowrap" },
  tab: { flexShrink: 0, whiteSpace: "nowrap" },
});

/** How far one click on an arrow scrolls the tabs, in pixels. */
const SCROLL_STEP = 240;

/**
 * The sheet tabs under the grid; hidden sheets have none, as in Excel. As in Excel, when there are
 * more tabs than room, arrows scroll them and a list (Excel's right-click on the arrows) reaches any
 * sheet; the active sheet's tab is always scrolled into view.
 */
export function SheetTabs({ host }: { host: WorkbenchHost }) {
  const styles = useStyles();
  const text = useWorkbenchText();
  const tabs = useRef<HTMLDivElement>(null);
  const visible = host.model.sheets.filter((s) => s.visibility === "Visible");
  const active = host.model.activeSheet?.id;
  const activate = (sheet: SheetModel | undefined) => {
    if (!sheet) return;
    host.model.activate(sheet);
    host.moved();
  };
  useEffect(() => {
    tabs.current
      ?.querySelector("[aria-selected=true]")
      ?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [active, visible.length]);
  const scroll = (by: number) => tabs.current?.scrollBy({ left: by, behavior: "smooth" });
  return (
    <div className={styles.bar}>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button
            size="small"
            appearance="subtle"
            aria-label={text.allSheets}
            title={text.allSheets}
          >
            ☰
          </Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {visible.map((sheet) => (
              <MenuItem key={sheet.id} onClick={() => activate(sheet)}>
                {sheet.name}
              </MenuItem>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
      <Button
        size="small"
        appearance="subtle"
        aria-label={text.previousSheets}
        title={text.previousSheets}
        onClick={() => scroll(-SCROLL_STEP)}
      >
        ◀
      </Button>
      <Button
        size="small"
        appearance="subtle"
        aria-label={text.nextSheets}
        title={text.nextSheets}
        onClick={() => scroll(SCROLL_STEP)}
      >
        ▶
      </Button>
      <div className={styles.tabs} ref={tabs}>
        <TabList
          className={styles.list}
          size="small"
          aria-label={text.sheets}
          selectedValue={active}
          onTabSelect={(_, data) => activate(host.model.sheets.find((s) => s.id === data.value))}
        >
          {visible.map((sheet) => (
            <Tab
              key={sheet.id}
              value={sheet.id}
              className={styles.tab}
              style={sheet.tabColor ? { borderBottom: `3px solid ${sheet.tabColor}` } : undefined}
            >
              {sheet.name}
            </Tab>
          ))}
        </TabList>
      </div>
    </div>
  );
}
