import { Lang } from "../language";
import { address, rangeAddress } from "../sheets/a1";
import { NOTE_COLOR, NUMBER_FORMATS, TITLE_FONT_SIZE } from "../sheets/sheet-styles";
import { CellValue, SheetSpec } from "../sheets/sheet-spec";
import { TEMPLATES_MARKER, TEMPLATES_SHEET_NAME } from "./plan-names";
import { planText } from "./plan-text";
import {
  ROLE_COLUMNS,
  TEMPLATE_TASK_COLUMNS,
  roleHeaders,
  templateTaskHeaders,
} from "./template-columns";
import { PlanTemplates } from "./templates";
import { pageSetup } from "../sheets/page-setup";

const TITLE_ROW = 0;
const ROLES_HEADING = 3;
const SECTION_FONT_SIZE = 12;

/**
 * The KAM Templates sheet: the team's roles (责权利) on top, then the needs with their default tasks
 * last, so the list of tasks can grow downwards without running into anything. Written only when the
 * workbook has none; after that it is the user's, and generation reads it back (parseTemplates).
 */
export function templatesSheet(templates: PlanTemplates, lang: Lang): SheetSpec {
  const text = planText(lang).templates;
  const roleRow = ROLES_HEADING + 1;
  const lastRole = roleRow + Math.max(1, templates.roles.length);
  const tasksHeading = lastRole + 2;
  const taskRow = tasksHeading + 1;
  const lastTask = taskRow + Math.max(1, templates.tasks.length);
  const roleHeader = roleHeaders(lang);
  const taskHeader = templateTaskHeaders(lang);
  const roles: CellValue[][] = templates.roles.map((r) => ROLE_COLUMNS.map((key) => r[key]));
  const tasks: CellValue[][] = templates.tasks.map((t) =>
    TEMPLATE_TASK_COLUMNS.map((key) => t[key])
  );
  const days = rangeAddress(taskRow + 1, 4, lastTask, 6);
  return {
    kind: "templates",
    name: TEMPLATES_SHEET_NAME,
    marker: TEMPLATES_MARKER,
    blocks: [
      { at: address(TITLE_ROW, 0), rows: [[text.title], [text.note]] },
      {
        at: address(ROLES_HEADING, 0),
        rows: [[text.roles], ROLE_COLUMNS.map((k) => roleHeader[k]), ...roles],
      },
      {
        at: address(tasksHeading, 0),
        rows: [[text.tasks], TEMPLATE_TASK_COLUMNS.map((k) => taskHeader[k]), ...tasks],
      },
    ],
    columns: [24, 44, 36, 36, 14, 14, 14, 30].map((width, index) => ({ index, width })),
    pageSetup: pageSetup(lang),
    formats: [
      { ref: address(TITLE_ROW, 0), bold: true, fontSize: TITLE_FONT_SIZE },
      { ref: address(TITLE_ROW + 1, 0), italic: true, fontColor: NOTE_COLOR },
      { ref: address(ROLES_HEADING, 0), bold: true, fontSize: SECTION_FONT_SIZE },
      { ref: address(tasksHeading, 0), bold: true, fontSize: SECTION_FONT_SIZE },
      { ref: rangeAddress(roleRow + 1, 1, lastRole, 3), wrap: true },
      { ref: days, numberFormat: NUMBER_FORMATS.general, horizontal: "center" },
    ],
    tables: [
      {
        name: "KAM_Template_Roles",
        ref: rangeAddress(roleRow, 0, lastRole, ROLE_COLUMNS.length - 1),
        style: "TableStyleLight9",
      },
      {
        name: "KAM_Template_Tasks",
        ref: rangeAddress(taskRow, 0, lastTask, TEMPLATE_TASK_COLUMNS.length - 1),
        style: "TableStyleLight9",
      },
    ],
    tabColor: "#7F6000",
  };
}
