import { isDateFormat } from "../../../src/core/table/number-format";

describe("isDateFormat", () => {
  test.each([
    "yyyy-mm-dd",
    "m/d/yyyy",
    "d-mmm-yy",
    'yyyy"年"m"月"d"日"',
    "[$-804]yyyy年m月d日",
    "h:mm:ss",
    "[h]:mm",
    "mmm yyyy",
    "dd/mm/yyyy hh:mm",
  ])("%s is a date or time", (format) => expect(isDateFormat(format)).toBe(true));

  test.each([
    "General",
    "0",
    "#,##0.00",
    "0.00%",
    "[$¥-804]#,##0",
    '_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)',
    '#,##0 "days"',
    "[Red]#,##0;[Blue]-#,##0",
    "0.00E+00",
    "@",
    "",
  ])("%s is not", (format) => expect(isDateFormat(format)).toBe(false));
});
