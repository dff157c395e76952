import { escapeXml } from "./xml-text";

export interface TablePart {
  id: number;
  name: string;
  ref: string;
  style: string;
  headers: string[];
  /** Differential formats of the columns' data (by column position), which Excel gives new rows too. */
  dataDxfIds?: (number | undefined)[];
}

/** The table part: an Excel table over cells the sheet already holds, with a filter button per column. */
export function tableXml(table: TablePart): string {
  const columns = table.headers
    .map((name, i) => {
      const dxf = table.dataDxfIds?.[i];
      return `<tableColumn id="${i + 1}" name="${escapeXml(name, true)}"${dxf !== undefined ? ` dataDxfId="${dxf}"` : ""}/>`;
    })
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${table.id}" name="${escapeXml(table.name, true)}" displayName="${escapeXml(table.name, true)}" ref="${table.ref}" totalsRowShown="0">` +
    `<autoFilter ref="${table.ref}"/><tableColumns count="${table.headers.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(table.style, true)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}
