import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ZipFile } from 'yazl';
import { readCsv, readXlsx, toCsv, toXlsx, type TabularColumn } from '../tabular.js';

const columns: TabularColumn[] = [
  { key: 'title', header: 'Title' },
  { key: 'words', header: 'Words' },
  { key: 'areas', header: 'Priority areas' },
];
const rows = [
  {
    title: 'Comprehensive e-services: "More effective", more reliable',
    words: 1200,
    areas: ['A', 'B'],
  },
  { title: '=HYPERLINK("http://evil")', words: -3, areas: [] },
  { title: 'Línea 1\nLínea 2, çà', words: null, areas: '@SUM(A1)' },
];

describe('toCsv', () => {
  it('writes RFC 4180 with a BOM, CRLF, quoting and formula-safe text', () => {
    const csv = toCsv(columns, rows);
    expect(csv.startsWith('\uFEFFTitle,Words,Priority areas\r\n')).toBe(true);
    expect(csv).toContain(
      '"Comprehensive e-services: ""More effective"", more reliable",1200,A; B\r\n',
    );
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")",-3,\r\n`);
    expect(csv).toContain(`"Línea 1\nLínea 2, çà",,'@SUM(A1)\r\n`);
  });

  it('reads back what it wrote, row numbers as a spreadsheet shows them', () => {
    const table = readCsv(toCsv(columns, rows));
    expect(table.headers).toEqual(['Title', 'Words', 'Priority areas']);
    expect(table.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(table.rows[1]?.cells.Title).toBe('=HYPERLINK("http://evil")');
    expect(table.rows[2]?.cells.Title).toBe('Línea 1\nLínea 2, çà');
  });

  it('reads semicolon-separated files and skips blank lines', () => {
    const table = readCsv('a;b\r\n1;2\r\n\r\n;\r\n3;4\r\n');
    expect(table.rows.map((r) => r.cells)).toEqual([
      { a: '1', b: '2' },
      { a: '3', b: '4' },
    ]);
    expect(table.rows.map((r) => r.row)).toEqual([2, 5]);
  });
});

describe('toXlsx', () => {
  it('writes a workbook that reads back', async () => {
    const buffer = await toXlsx('Entries: 2018', columns, rows);
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    const table = await readXlsx(buffer);
    expect(table.headers).toEqual(['Title', 'Words', 'Priority areas']);
    expect(table.rows[0]?.cells).toEqual({
      Title: 'Comprehensive e-services: "More effective", more reliable',
      Words: '1200',
      'Priority areas': 'A; B',
    });
    expect(table.rows[1]?.cells.Title).toBe('=HYPERLINK("http://evil")');
  });

  it('refuses a file that is not a workbook', async () => {
    await expect(readXlsx(Buffer.from('not a zip'))).rejects.toThrow(/not a readable XLSX/);
  });
});

/** A zip archive of the given parts (deflated), as a hostile "workbook" would be. */
async function zipOf(parts: [string, Buffer][]): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, data] of parts) zip.addBuffer(data, name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('reading files that try to hold the process', () => {
  it('reads a wide, long CSV only up to the row and column limits, and says so', () => {
    // 300 KB: 5,000 headers and 100,000 short rows (every row used to get every header).
    const headers = Array.from({ length: 5000 }, (_, i) => `h${i}`).join(',');
    const text = `${headers}\r\n${'x,y\r\n'.repeat(100_000)}`;
    const started = performance.now();
    const table = readCsv(text, { maxRows: 2000 });
    expect(performance.now() - started).toBeLessThan(3000);
    expect(table.headers).toHaveLength(100);
    expect(table.rows).toHaveLength(2000);
    expect(table.truncated).toBe(true);
    expect(Object.keys(table.rows[0]!.cells)).toHaveLength(100);
    expect(table.rows[1999]?.row).toBe(2001);
  });

  it('keeps only the columns the caller reads', () => {
    const table = readCsv('title,junk,other\r\nA,x,y\r\n', { keepHeader: (h) => h === 'title' });
    expect(table.rows[0]?.cells).toEqual({ title: 'A' });
    expect(table.truncated).toBe(false);
  });

  it('refuses a cell longer than Excel allows, naming the row', () => {
    expect(() => readCsv(`a,b\r\n1,2\r\n3,${'x'.repeat(40_000)}\r\n`)).toThrow(
      /Row 3: a cell has more than 32,767 characters/,
    );
  });

  it('refuses a zip bomb before unpacking it', async () => {
    const bomb = await zipOf([
      ['xl/workbook.xml', Buffer.from('<workbook/>')],
      ['xl/worksheets/sheet1.xml', Buffer.alloc(60 * 1024 * 1024, 0x20)],
    ]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(readXlsx(bomb)).rejects.toThrow(/larger than 50 MB once unpacked/);
  });

  it('refuses an archive of too many parts', async () => {
    const parts = Array.from(
      { length: 1001 },
      (_, i) => [`xl/media/p${i}.bin`, Buffer.from('x')] as [string, Buffer],
    );
    await expect(readXlsx(await zipOf(parts))).rejects.toThrow(/more than 1,000 parts/);
  });

  it('reads an XLSX sheet only up to the row limit and within the column limit', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Big');
    sheet.getRow(1).values = Array.from({ length: 150 }, (_, i) => `C${i}`);
    for (let r = 2; r <= 3001; r++) sheet.getRow(r).values = [`a${r}`, `b${r}`];
    const data = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const table = await readXlsx(data, { maxRows: 2000 });
    expect(table.headers).toHaveLength(100);
    expect(table.rows).toHaveLength(2000);
    expect(table.truncated).toBe(true);
    expect(table.rows[1999]).toEqual({
      row: 2001,
      cells: expect.objectContaining({ C0: 'a2001', C1: 'b2001', C99: '' }),
    });
  });

  it('reads a sheet with a cell in the last column without creating 16,384 cells per row', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('S');
    sheet.getRow(1).values = ['title'];
    sheet.getCell('XFD1').value = 'far';
    for (let r = 2; r <= 500; r++) sheet.getCell(`A${r}`).value = `t${r}`;
    const data = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const started = performance.now();
    const table = await readXlsx(data);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(table.headers).toHaveLength(100);
    expect(table.rows).toHaveLength(499);
    expect(table.rows[0]?.cells.title).toBe('t2');
  });
});
