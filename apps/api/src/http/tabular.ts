import { Readable } from 'node:stream';
import { type Response } from 'express';
import ExcelJS from 'exceljs';
import { parse as parseCsvText } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import yauzl from 'yauzl';
import { ZipFile } from 'yazl';

/**
 * Tables as spreadsheets: CSV (RFC 4180, with a UTF-8 byte order mark so that Excel reads the
 * accents) and XLSX, written for downloads and read back for imports. One column list drives
 * both formats, so an export and its template always agree.
 */

export interface TabularColumn {
  /** The row property the column shows. */
  key: string;
  /** The header cell. */
  header: string;
  /** Width in characters (XLSX only). */
  width?: number;
}

export type TabularRow = Record<string, unknown>;

export type TabularFormat = 'csv' | 'xlsx';

export const TABULAR_CONTENT_TYPES: Record<TabularFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** 'csv' or 'xlsx' from a query parameter or a file name; null for anything else. */
export function tabularFormat(value: unknown): TabularFormat | null {
  if (typeof value !== 'string') return null;
  const lower = value.toLowerCase();
  const ext = lower.includes('.') ? lower.slice(lower.lastIndexOf('.') + 1) : lower;
  return ext === 'csv' || ext === 'xlsx' ? ext : null;
}

// A spreadsheet treats a cell starting with one of these as a formula (CWE-1236).
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a text that a spreadsheet would run as a formula with an apostrophe. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(cellText).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A CSV cell: numbers and booleans as they are, every text made formula-safe. */
function csvCell(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return neutralizeFormula(cellText(value));
}

/** The rows as RFC 4180 CSV (CRLF, quoted where needed) with a UTF-8 BOM and a header row. */
export function toCsv(columns: readonly TabularColumn[], rows: readonly TabularRow[]): string {
  const records = rows.map((row) => columns.map((c) => csvCell(row[c.key])));
  return stringify([columns.map((c) => neutralizeFormula(c.header)), ...records], {
    bom: true,
    record_delimiter: 'windows',
    quoted_match: /^\s|\s$/,
  });
}

/** The rows as an XLSX workbook of one sheet with a bold, frozen header row. */
export async function toXlsx(
  sheetName: string,
  columns: readonly TabularColumn[],
  rows: readonly TabularRow[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Good Practice Awards';
  // Sheet names: at most 31 characters and none of : \ / ? * [ ]
  const name = sheetName.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1';
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ key: c.key, header: c.header, width: c.width ?? 20 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const values: Record<string, unknown> = {};
    for (const c of columns) {
      const v = row[c.key];
      // Text cells are stored as text (never as formulas), but another program may save the
      // sheet as CSV later, so the same apostrophe guard applies.
      values[c.key] =
        typeof v === 'number' || typeof v === 'boolean' || v instanceof Date
          ? v
          : neutralizeFormula(cellText(v));
    }
    sheet.addRow(values);
  }
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

/** A safe ASCII file name for Content-Disposition, with the UTF-8 original beside it. */
function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\w.\- ]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export interface TabularDownload {
  format: TabularFormat;
  /** Without extension; `.csv` or `.xlsx` is added. */
  filename: string;
  sheetName?: string;
  columns: readonly TabularColumn[];
  rows: readonly TabularRow[];
}

/** Answers an Express request with the table as a CSV or XLSX download. */
export async function sendTabular(res: Response, download: TabularDownload): Promise<void> {
  const { format, filename, columns, rows } = download;
  const body =
    format === 'csv'
      ? Buffer.from(toCsv(columns, rows), 'utf8')
      : await toXlsx(download.sheetName ?? filename, columns, rows);
  res.setHeader('Content-Type', TABULAR_CONTENT_TYPES[format]);
  res.setHeader('Content-Disposition', contentDisposition(`${filename}.${format}`));
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.status(200).end(body);
}

/** A table read from a file: the header cells and each following row as text keyed by header. */
export interface ParsedTable {
  headers: string[];
  /** `row` is the 1-based row number in the file (the header is row 1). */
  rows: { row: number; cells: Record<string, string> }[];
  /** The file has more rows than `maxRows`; the rows past it were not read. */
  truncated: boolean;
}

export class TabularReadError extends Error {}

/**
 * What a read accepts, so that no file can hold the process: rows and columns past the limits
 * are not read at all, a longer cell refuses the file.
 */
export interface TabularReadLimits {
  /** Rows read after the header (non-empty ones); `truncated` says when there were more. */
  maxRows: number;
  /** Columns read; the headers past it are ignored. */
  maxColumns: number;
  /** Characters in one cell (Excel's own limit is 32,767). */
  maxCellLength: number;
  /** The headers whose cells are kept (all by default). */
  keepHeader?: (header: string) => boolean;
}

export const DEFAULT_READ_LIMITS: TabularReadLimits = {
  maxRows: 10_000,
  maxColumns: 100,
  maxCellLength: 32_767,
};

/** An XLSX file is a zip archive: at most this much once unpacked, in at most so many parts. */
export const MAX_XLSX_UNPACKED_BYTES = 50 * 1024 * 1024;
export const MAX_XLSX_ENTRIES = 1_000;

const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** Collects the header and at most `maxRows` non-empty rows, as they come. */
class TableBuilder {
  headers: string[] | null = null;
  private kept: { header: string; index: number }[] = [];
  readonly rows: ParsedTable['rows'] = [];
  truncated = false;

  constructor(private readonly limits: TabularReadLimits) {}

  /** False once the table is full (the caller stops reading). */
  add(rowNumber: number, cells: string[]): boolean {
    const { maxColumns, maxCellLength, maxRows, keepHeader } = this.limits;
    const width = Math.min(cells.length, maxColumns);
    for (let j = 0; j < width; j++)
      if (cells[j]!.length > maxCellLength)
        throw new TabularReadError(
          `Row ${rowNumber}: a cell has more than ${maxCellLength.toLocaleString('en')} characters.`,
        );
    if (!this.headers) {
      this.headers = cells.slice(0, width).map((h) => h.trim());
      this.kept = this.headers
        .map((header, index) => ({ header, index }))
        .filter(({ header }) => header && (!keepHeader || keepHeader(header)));
      return true;
    }
    if (blank(cells.slice(0, width))) return true;
    if (this.rows.length >= maxRows) {
      this.truncated = true;
      return false;
    }
    const record: Record<string, string> = {};
    for (const { header, index } of this.kept)
      // Undo the formula guard of our own exports, so that an export imports back unchanged.
      if (!(header in record)) record[header] = (cells[index] ?? '').replace(/^'(?=[=+\-@])/, '');
    this.rows.push({ row: rowNumber, cells: record });
    return true;
  }

  table(): ParsedTable {
    return { headers: this.headers ?? [], rows: this.rows, truncated: this.truncated };
  }
}

/** Thrown from csv-parse's record callback to stop reading once the table is full. */
const FULL = Symbol('full');

/** Reads CSV text (with or without a BOM; comma or semicolon separated). */
export function readCsv(text: string, limits: Partial<TabularReadLimits> = {}): ParsedTable {
  const options = { ...DEFAULT_READ_LIMITS, ...limits };
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const end = text.indexOf('\n', start);
  const firstLine = text.slice(start, end < 0 ? Math.min(text.length, 100_000) : end);
  const delimiter =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const builder = new TableBuilder(options);
  try {
    // Blank lines are kept (and then skipped as empty rows) so that row numbers are the ones a
    // spreadsheet shows: a record's number is its position, whatever line breaks its cells hold.
    // Each record goes to the builder as it is read (none is kept by the parser), and the parser
    // stops at the first row past the limit.
    parseCsvText(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      max_record_size: options.maxColumns * options.maxCellLength,
      on_record: (record: string[], context) => {
        if (!builder.add(context.records, record)) throw FULL;
        return null;
      },
    });
  } catch (error) {
    if (error === FULL) return builder.table();
    if (error instanceof TabularReadError) throw error;
    throw new TabularReadError(`The CSV file could not be read: ${(error as Error).message}`);
  }
  return builder.table();
}

/** Opens a zip archive held in memory (central directory only). */
function openZip(data: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(
      data,
      { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false },
      (error, zip) => (error || !zip ? reject(error ?? new Error('no zip')) : resolve(zip)),
    ),
  );
}

function zipEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

/** An entry's bytes; yauzl fails if they are more than the archive declares. */
function entryBytes(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(error ?? new Error('no stream'));
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => resolve(Buffer.concat(chunks)));
      stream.on('error', reject);
    }),
  );
}

const EMPTY_SHARED_STRINGS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>';

/**
 * Checks an XLSX archive before anything is unpacked (its central directory: how many parts,
 * how large once unpacked), then unpacks only the parts the reader needs, each held to the size
 * the directory declares, into a new archive in the order the streaming reader wants (shared
 * strings before the sheet, so that it never spills the sheet to a temporary file).
 */
async function checkedXlsxParts(data: Buffer): Promise<Buffer> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(data);
  } catch {
    throw new TabularReadError('The file is not a readable XLSX workbook.');
  }
  try {
    if (zip.entryCount > MAX_XLSX_ENTRIES)
      throw new TabularReadError(
        `The workbook has more than ${MAX_XLSX_ENTRIES.toLocaleString('en')} parts; save it as a simple workbook or as CSV.`,
      );
    const entries = await zipEntries(zip);
    const unpacked = entries.reduce((n, e) => n + e.uncompressedSize, 0);
    if (unpacked > MAX_XLSX_UNPACKED_BYTES)
      throw new TabularReadError(
        `The workbook is larger than ${MAX_XLSX_UNPACKED_BYTES / 1024 / 1024} MB once unpacked; import fewer entries at a time.`,
      );
    const byName = new Map(entries.map((e) => [e.fileName, e]));
    const sheets = entries
      .map((e) => ({ e, n: /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(e.fileName)?.[1] }))
      .filter((s) => s.n !== undefined)
      .sort((a, b) => Number(a.n) - Number(b.n));
    const workbook = byName.get('xl/workbook.xml');
    const rels = byName.get('xl/_rels/workbook.xml.rels');
    if (!workbook || !rels || !sheets[0]) throw new Error('not a workbook');
    const out = new ZipFile();
    const add = async (name: string, entry: yauzl.Entry | undefined, fallback?: string) => {
      if (entry) out.addBuffer(await entryBytes(zip, entry), name, { compress: false });
      else if (fallback !== undefined)
        out.addBuffer(Buffer.from(fallback), name, { compress: false });
    };
    await add('xl/_rels/workbook.xml.rels', rels);
    await add('xl/workbook.xml', workbook);
    await add('xl/sharedStrings.xml', byName.get('xl/sharedStrings.xml'), EMPTY_SHARED_STRINGS);
    await add('xl/styles.xml', byName.get('xl/styles.xml'));
    await add(sheets[0].e.fileName, sheets[0].e);
    out.end();
    const chunks: Buffer[] = [];
    for await (const chunk of out.outputStream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  } catch (error) {
    if (error instanceof TabularReadError) throw error;
    throw new TabularReadError('The file is not a readable XLSX workbook.');
  } finally {
    zip.close();
  }
}

/**
 * Reads the first worksheet of an XLSX file; every cell as the text Excel shows. The sheet is
 * read as a stream and reading stops at the first row past the limit.
 */
export async function readXlsx(
  data: Buffer,
  limits: Partial<TabularReadLimits> = {},
): Promise<ParsedTable> {
  const options = { ...DEFAULT_READ_LIMITS, ...limits };
  const parts = await checkedXlsxParts(data);
  const builder = new TableBuilder(options);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([parts]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    sheets: for await (const sheet of reader) {
      let width = 0;
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        if (!builder.headers) width = Math.min(row.cellCount, options.maxColumns);
        const cells: string[] = [];
        for (let c = 1; c <= width; c++) cells.push(row.getCell(c).text ?? '');
        if (!builder.add(row.number, cells)) break;
      }
      break sheets;
    }
  } catch (error) {
    if (error instanceof TabularReadError) throw error;
    throw new TabularReadError('The file is not a readable XLSX workbook.');
  }
  return builder.table();
}
