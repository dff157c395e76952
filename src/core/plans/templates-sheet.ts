import { Lang } from "../language";
import { address, rangeAddress } from "../sheets/a1";
import { NOTE_COLOR, NUMBER_FORMATS, TITLE_FONT_SIZE } from "../sheets/sheet-styles";
import {
  CellValue,
  DataValidationSpec,
  RangeFormat,
  SheetSpec,
  TableSpec,
} from "../sheets/sheet-spec";
import { RULE_FIGURES, RULE_TESTS, needRuleWords } from "./need-rules";
import { TEMPLATES_MARKER } from "./plan-names";
import { sheetNames } from "../sheets/sheet-names";
import { planText } from "./plan-text";
import { choices, planVocabulary } from "./plan-vocabulary";
import {
  ROLE_COLUMNS,
  RULE_COLUMNS,
  SERVICE_COLUMNS,
  STAGE_COLUMNS,
  TEMPLATE_TASK_COLUMNS,
  roleHeaders,
  ruleHeaders,
  serviceHeaders,
  stageHeaders,
  templateTaskHeaders,
} from "./template-columns";
import { PlanTemplates } from "./templates";
import { pageSetup } from "../sheets/page-setup";

const TITLE_ROW = 0;
const FIRST_HEADING = 3;
const SECTION_FONT_SIZE = 12;

/** Where one table of the sheet sits: its heading, header row and last row (zero-based). */
interface Placed {
  heading: number;
  header: number;
  last: number;
}

/**
 * The KAM Templates sheet, top to bottom: the team's roles (responsibility, authority and benefit), the relationship stages, the
 * service model by star level, the rules that set each need's priority, and the needs with their
 * default tasks last, so the list of tasks can grow downwards without running into anything. Written
 * only when the workbook has none; after that it is the user's, and generation reads it back
 * (parseTemplates).
 */
export function templatesSheet(templates: PlanTemplates, lang: Lang): SheetSpec {
  const text = planText(lang).templates;
  const words = planVocabulary(lang);
  const ruleWords = needRuleWords(lang);
  const tables: [string, string, readonly string[], Record<string, string>, CellValue[][]][] = [
    [
      "Roles",
      text.roles,
      ROLE_COLUMNS,
      roleHeaders(lang),
      templates.roles.map((r) => ROLE_COLUMNS.map((k) => r[k])),
    ],
    [
      "Stages",
      text.stages,
      STAGE_COLUMNS,
      stageHeaders(lang),
      templates.stages.map((s) => STAGE_COLUMNS.map((k) => s[k])),
    ],
    [
      "Service",
      text.service,
      SERVICE_COLUMNS,
      serviceHeaders(lang),
      templates.service.map((s) => SERVICE_COLUMNS.map((k) => s[k])),
    ],
    [
      "Rules",
      text.rules,
      RULE_COLUMNS,
      ruleHeaders(lang),
      templates.rules.map((r) => RULE_COLUMNS.map((k) => r[k])),
    ],
    [
      "Tasks",
      text.tasks,
      TEMPLATE_TASK_COLUMNS,
      templateTaskHeaders(lang),
      templates.tasks.map((t) => TEMPLATE_TASK_COLUMNS.map((k) => t[k])),
    ],
  ];
  const placed: Record<string, Placed> = {};
  let heading = FIRST_HEADING;
  for (const [key, , , , rows] of tables) {
    const last = heading + 1 + Math.max(1, rows.length);
    placed[key] = { heading, header: heading + 1, last };
    heading = last + 2;
  }
  const column = (table: string, col: number) =>
    rangeAddress(placed[table].header + 1, col, placed[table].last, col);
  const formats: RangeFormat[] = [
    { ref: address(TITLE_ROW, 0), bold: true, fontSize: TITLE_FONT_SIZE },
    { ref: address(TITLE_ROW + 1, 0), italic: true, fontColor: NOTE_COLOR },
    ...Object.values(placed).map((p) => ({
      ref: address(p.heading, 0),
      bold: true,
      fontSize: SECTION_FONT_SIZE,
    })),
    { ref: rangeAddress(placed.Roles.header + 1, 1, placed.Roles.last, 4), wrap: true },
    { ref: column("Stages", 1), wrap: true },
    {
      ref: rangeAddress(placed.Service.header + 1, 0, placed.Service.last, 4),
      numberFormat: NUMBER_FORMATS.general,
      horizontal: "center",
    },
    { ref: column("Service", SERVICE_COLUMNS.indexOf("supportShare")), numberFormat: "0.0%" },
    {
      ref: rangeAddress(placed.Rules.header + 1, 2, placed.Rules.last, 4),
      horizontal: "center",
    },
    {
      ref: rangeAddress(placed.Tasks.header + 1, 4, placed.Tasks.last, 6),
      numberFormat: NUMBER_FORMATS.general,
      horizontal: "center",
    },
  ];
  const stages = templates.stages.map((s) => s.stage);
  const validations: DataValidationSpec[] = [
    { ref: column("Rules", 1), list: RULE_FIGURES.map((f) => ruleWords.figures[f]) },
    { ref: column("Rules", 2), list: RULE_TESTS.map((t) => ruleWords.tests[t]) },
    { ref: column("Rules", 4), list: choices(words.priority) },
    ...(stages.length > 0
      ? [
          { ref: column("Service", SERVICE_COLUMNS.indexOf("startStage")), list: stages },
          { ref: column("Service", SERVICE_COLUMNS.indexOf("targetStage")), list: stages },
        ]
      : []),
  ];
  const tableSpecs: TableSpec[] = tables.map(([key, , columns]) => ({
    name: `KAM_Template_${key}`,
    ref: rangeAddress(placed[key].header, 0, placed[key].last, columns.length - 1),
    style: "TableStyleLight9",
  }));
  return {
    kind: "templates",
    name: sheetNames(lang).templates,
    marker: TEMPLATES_MARKER,
    blocks: [
      { at: address(TITLE_ROW, 0), rows: [[text.title], [text.note]] },
      ...tables.map(([key, title, columns, headers, rows]) => ({
        at: address(placed[key].heading, 0),
        rows: [[title], columns.map((k) => headers[k]), ...rows],
      })),
    ],
    columns: [24, 44, 36, 36, 36, 14, 20, 30].map((width, index) => ({ index, width })),
    pageSetup: pageSetup(lang),
    formats,
    validations,
    tables: tableSpecs,
    tabColor: "#7F6000",
  };
}
