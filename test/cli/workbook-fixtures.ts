import ExcelJS from "exceljs";

/** Writes a workbook whose sheets hold the rows given (values only), for the bad-input tests. */
export async function writeWorkbook(
  file: string,
  sheets: Record<string, (string | number | null)[][]>
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((row, i) => (sheet.getRow(i + 1).values = row));
  }
  await workbook.xlsx.writeFile(file);
}

/**
 * A Compound File Binary container holding the given (empty) streams: the shape Excel gives a
 * workbook saved with a password ("EncryptionInfo", "EncryptedPackage") or an old .xls ("Workbook").
 * One FAT sector and one directory sector, as the CFB specification lays them out.
 */
export function compoundFile(streams: string[]): Buffer {
  const SECTOR = 512;
  const END = 0xfffffffe;
  const FREE = 0xffffffff;
  const file = Buffer.alloc(SECTOR * 3, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0);
  file.writeUInt16LE(0x3e, 24); // minor version
  file.writeUInt16LE(3, 26); // major version 3: 512-byte sectors
  file.writeUInt16LE(0xfffe, 28); // little-endian
  file.writeUInt16LE(9, 30); // sector shift
  file.writeUInt16LE(6, 32); // mini sector shift
  file.writeUInt32LE(1, 44); // FAT sectors
  file.writeUInt32LE(1, 48); // first directory sector
  file.writeUInt32LE(4096, 56); // mini stream cut-off
  file.writeUInt32LE(END, 60); // no mini FAT
  file.writeUInt32LE(END, 68); // no DIFAT sectors
  file.writeUInt32LE(0, 76); // the FAT is sector 0
  for (let i = 1; i < 109; i++) file.writeUInt32LE(FREE, 76 + i * 4);
  const fat = SECTOR;
  file.writeUInt32LE(0xfffffffd, fat); // sector 0 holds the FAT
  file.writeUInt32LE(END, fat + 4); // sector 1, the directory, is one sector long
  for (let i = 2; i < 128; i++) file.writeUInt32LE(FREE, fat + i * 4);
  const entry = (index: number, name: string, type: number, child: number, right: number) => {
    const at = SECTOR * 2 + index * 128;
    const encoded = Buffer.from(`${name}\0`, "utf16le");
    encoded.copy(file, at);
    file.writeUInt16LE(encoded.length, at + 64);
    file.writeUInt8(type, at + 66);
    file.writeUInt8(1, at + 67); // black
    file.writeUInt32LE(FREE, at + 68); // left sibling
    file.writeUInt32LE(right, at + 72);
    file.writeUInt32LE(child, at + 76);
    file.writeUInt32LE(END, at + 116); // start sector: empty stream
  };
  entry(0, "Root Entry", 5, streams.length > 0 ? 1 : FREE, FREE);
  streams.forEach((name, i) => entry(i + 1, name, 2, FREE, i + 2 <= streams.length ? i + 2 : FREE));
  return file.subarray(0, SECTOR * 3);
}
