import { Readable } from 'node:stream';
import { Workbook, type CellValue } from 'exceljs';
import { parseVisitorImport, type VisitorImportItem } from './visitor-import.parser';

async function collect(source: Readable, format: 'csv' | 'xlsx'): Promise<VisitorImportItem[]> {
  const items: VisitorImportItem[] = [];
  for await (const item of parseVisitorImport(source, format)) items.push(item);
  return items;
}

const csv = (text: string) => collect(Readable.from([Buffer.from(text, 'utf8')]), 'csv');

describe('parseVisitorImport (CSV)', () => {
  it('reads a semicolon export with BOM, Vietnamese headers and every field', async () => {
    const text =
      '\uFEFFHọ và tên;Email;Tổ chức;SĐT;Quốc gia;Ngôn ngữ;Phân loại;Nhãn;Đồng ý\r\n' +
      'Nguyễn Văn An;An@Example.VN;"HTX Mây tre; Phú Vinh";0912345678;Việt Nam;Tiếng Việt;Người mua;gốm, mây tre;x\r\n';
    expect(await csv(text)).toEqual([
      {
        line: 2,
        visitor: {
          name: 'Nguyễn Văn An',
          email: 'an@example.vn',
          organisation: 'HTX Mây tre; Phú Vinh',
          phone: '+84912345678',
          country: 'VN',
          language: 'vi',
          segment: 'buyer',
          tags: ['gốm', 'mây tre'],
          consent: true,
        },
      },
    ]);
  });

  it('reads a comma export with English headers; empty cells stay undefined', async () => {
    const [item] = await csv('Full name,Email,Company\nJane Doe,jane@buyer.jp,\n');
    expect(item).toEqual({
      line: 2,
      visitor: {
        name: 'Jane Doe',
        email: 'jane@buyer.jp',
        organisation: undefined,
        phone: undefined,
        country: undefined,
        language: undefined,
        segment: undefined,
        tags: [],
        consent: undefined,
      },
    });
  });

  it('normalises decomposed Vietnamese to NFC', async () => {
    const [item] = await csv('Họ tên,Email\nTra\u0300ng  Thi\u0323 Bi\u0300nh,b@x.vn\n');
    expect(item).toMatchObject({ visitor: { name: 'Tràng Thị Bình' } });
    expect('visitor' in item && item.visitor.name.normalize('NFC')).toBe('Tràng Thị Bình');
  });

  it('reports bad rows with their physical line and keeps the good ones', async () => {
    const text = [
      'Name,Email,Language,Consent',
      'An,an@x.vn,vi,yes',
      '"Bình',
      'Two-line",not-an-email,fr,maybe',
      '',
      ',c@x.vn,,',
      'Dung,d@x.vn,en,no',
    ].join('\n');
    const items = await csv(text);
    expect(items.map((i) => i.line)).toEqual([2, 3, 6, 7]);
    expect(items[1]).toEqual({
      line: 3,
      errors: [
        { field: 'email', message: 'Email is not a valid address' },
        { field: 'language', message: '"fr" is not a language (vi or en)' },
        { field: 'consent', message: '"maybe" is not yes or no' },
      ],
    });
    expect(items[2]).toEqual({ line: 6, errors: [{ field: 'name', message: 'Name is empty' }] });
    expect(items[3]).toMatchObject({ visitor: { name: 'Dung', consent: false } });
  });

  it('counts physical lines in a CRLF file with a line break inside a quoted cell', async () => {
    const text = [
      'Name;Email;Organisation',
      'An;an@x.vn;"Công ty Lụa',
      'Vạn Phúc"',
      'Bình;b@x;',
      'Châu;c@x.vn;"A\r\nB\r\nC"',
      'Dung;d@@x.vn;',
    ].join('\r\n');
    const items = await csv(text);
    expect(items.map((i) => i.line)).toEqual([2, 4, 5, 8]);
    expect(items[0]).toMatchObject({ visitor: { organisation: 'Công ty Lụa Vạn Phúc' } });
  });

  it('skips rows with only empty cells, as Excel writes them at the end', async () => {
    const items = await csv('Name;Email\nAn;an@x.vn\n;\n;;\n');
    expect(items).toHaveLength(1);
  });

  it('stops with one header error when a required column is missing', async () => {
    const items = await csv('Họ tên;Điện thoại\nAn;0912345678\nBình;0987654321\n');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ line: 1, errors: [{ field: 'header' }] });
    expect('errors' in items[0] && items[0].errors[0].message).toContain('email');
  });

  it('reports an empty file and a UTF-16 file as header/file errors', async () => {
    expect(await csv('')).toEqual([
      { line: 1, errors: [{ field: 'header', message: 'The file is empty: no header row.' }] },
    ]);
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Name,Email\n', 'utf16le'),
    ]);
    const items = await collect(Readable.from([utf16]), 'csv');
    expect(items).toMatchObject([{ line: 1, errors: [{ field: 'file' }] }]);
  });

  it('flags text that is not UTF-8 (a Windows-1258 export)', async () => {
    const latin = Buffer.concat([
      Buffer.from('Name,Email\n'),
      Buffer.from([0x4e, 0xe0, 0x2c]),
      Buffer.from('a@x.vn\n'),
    ]);
    const items = await collect(Readable.from([latin]), 'csv');
    expect(items).toMatchObject([{ line: 2, errors: [{ field: 'name' }] }]);
  });

  it('reports an unclosed quote as a file error after the good rows', async () => {
    const items = await csv('Name,Email\nAn,an@x.vn\n"Bình,b@x.vn\n');
    expect(items[0]).toMatchObject({ line: 2, visitor: { name: 'An' } });
    expect(items[1]).toMatchObject({ errors: [{ field: 'file' }] });
  });

  it('survives multi-byte characters split across chunks', async () => {
    const bytes = Buffer.from('\uFEFFHọ tên;Email\nĐặng Thị Ánh;anh@x.vn\n');
    const oneByteChunks = Readable.from(Array.from(bytes, (b) => Buffer.from([b])));
    const items = await collect(oneByteChunks, 'csv');
    expect(items).toMatchObject([{ line: 2, visitor: { name: 'Đặng Thị Ánh' } }]);
  });

  it('streams: rows come out before the source has ended', async () => {
    let produced = 0;
    async function* endless() {
      yield Buffer.from('Name,Email\n');
      for (;;) {
        produced++;
        yield Buffer.from(`Visitor ${produced},v${produced}@x.vn\n`);
      }
    }
    const source = Readable.from(endless());
    const seen: number[] = [];
    for await (const item of parseVisitorImport(source, 'csv')) {
      seen.push(item.line);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual([2, 3, 4]);
    expect(produced).toBeLessThan(5000);
    await new Promise((resolve) => setImmediate(resolve));
    expect(source.destroyed).toBe(true);
  });
});

describe('parseVisitorImport (XLSX)', () => {
  async function xlsx(rows: CellValue[][]): Promise<Readable> {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Khách mời');
    rows.forEach((row, index) => {
      if (row.length > 0) sheet.getRow(index + 1).values = row;
    });
    workbook.addWorksheet('Ghi chú').addRow(['not read']);
    return Readable.from([Buffer.from(await workbook.xlsx.writeBuffer())]);
  }

  it('reads cells of every kind and reports sheet row numbers', async () => {
    const source = await xlsx([
      ['Họ tên', 'Thư điện tử', 'Điện thoại', 'Consent', 'Segment'],
      [
        { richText: [{ text: 'Lê ' }, { text: 'Minh' }] },
        { text: 'Minh@X.vn', hyperlink: 'mailto:minh@x.vn' },
        912345678,
        true,
        'Báo chí',
      ],
      [],
      ['Phạm Hoa', 'hoa@', '', 'Không', { formula: '"vip"', result: 'vip' }],
    ]);
    expect(await collect(source, 'xlsx')).toEqual([
      {
        line: 2,
        visitor: expect.objectContaining({
          name: 'Lê Minh',
          email: 'minh@x.vn',
          phone: '+84912345678',
          consent: true,
          segment: 'press',
        }),
      },
      { line: 4, errors: [{ field: 'email', message: 'Email domain is not valid' }] },
    ]);
  });

  it('gives the header error for a sheet without an email column', async () => {
    const items = await collect(
      await xlsx([
        ['Name', 'Phone'],
        ['An', '09'],
      ]),
      'xlsx',
    );
    expect(items).toMatchObject([{ line: 1, errors: [{ field: 'header' }] }]);
  });

  it('reports a file that is not a workbook', async () => {
    const items = await collect(Readable.from([Buffer.from('Name,Email\n')]), 'xlsx');
    expect(items).toMatchObject([{ errors: [{ field: 'file' }] }]);
  });
});
