import { makeStyles } from "@fluentui/react-components";
import { a1 } from "../excel-double";
import { FormulaBar } from "../grid/FormulaBar";
import { SheetGrid } from "../grid/SheetGrid";
import { SheetTabs } from "../grid/SheetTabs";
import { useHostVersion } from "../grid/use-host-version";
import type { WorkbenchHost } from "../host/workbench-host";
import { RefusalBanner } from "./RefusalBanner";

const useStyles = makeStyles({
  area: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0, minHeight: 0 },
});

/** Follows a link within the workbook ("'KAM Plan - A'!A1"), as clicking it in Excel does. */
function followLink(host: WorkbenchHost, target: string): void {
  const ref = a1.parseRef(target.replace(/^#/, ""));
  const sheet = ref?.sheet === undefined ? undefined : host.model.sheet(ref.sheet);
  if (!ref || !sheet) return;
  host.model.activate(sheet, ref.rect);
  host.moved();
}

/** The workbook side: refusals, name box and formula bar, the active sheet's grid, the sheet tabs. */
export function WorkbookArea({ host }: { host: WorkbenchHost }) {
  const styles = useStyles();
  const version = useHostVersion(host);
  const sheet = host.model.activeSheet ?? host.model.sheets[0];
  const focusGrid = () => document.querySelector<HTMLElement>("[role=grid]")?.focus();
  return (
    <section className={styles.area} aria-label={host.workbookName}>
      <RefusalBanner host={host} />
      <FormulaBar host={host} onGone={focusGrid} />
      {sheet ? (
        <SheetGrid
          key={sheet.id}
          host={host}
          sheet={sheet}
          version={version}
          onFollowLink={(target) => followLink(host, target)}
        />
      ) : null}
      <SheetTabs host={host} />
    </section>
  );
}
