import { storedFormula } from "../../src/xlsx/xlfn";

describe("storedFormula: the form .xlsx files keep formulas in", () => {
  it.each([
    ["=SUM(A1:A3)", "SUM(A1:A3)"],
    ["=RANK.EQ(B2,$B$2:$B$9)", "_xlfn.RANK.EQ(B2,$B$2:$B$9)"],
    ['=IFS(A1>1,"x",TRUE,"y")', '_xlfn.IFS(A1>1,"x",TRUE,"y")'],
    ['=iferror(maxifs(C:C,D:D,"A"),0)', 'iferror(_xlfn.MAXIFS(C:C,D:D,"A"),0)'],
    ["=SORT(FILTER(A1:A9,B1:B9))", "_xlfn._xlws.SORT(_xlfn._xlws.FILTER(A1:A9,B1:B9))"],
    ["=COUNTIFS(A:A,\"IFS(\")+'RANK.EQ(x'!A1", "COUNTIFS(A:A,\"IFS(\")+'RANK.EQ(x'!A1"],
    ["=_xlfn.RANK.EQ(B2,B:B)", "_xlfn.RANK.EQ(B2,B:B)"],
    ["=MYRANK.EQ(1)", "MYRANK.EQ(1)"],
  ])("%s → %s", (formula, stored) => {
    expect(storedFormula(formula)).toBe(stored);
  });
});
