import { csvField, csvChunks } from './csv-writer';
import { csvCell, hanoiDateTime, neutralise, xlsxCell } from './export-cells';
import type { ExportColumn, ExportTable } from './export-table';

describe('export cells', () => {
  it('neutralises texts a spreadsheet would evaluate, and only those', () => {
    for (const text of ['=1+1', '+84 912', '-2', '@SUM(A1)', '\t=cmd', '\r=cmd']) {
      expect(neutralise(text)).toBe(`'${text}`);
    }
    for (const text of ['Nguyễn Thị Ánh', 'a=b', '2-3', '', "'=already"]) {
      expect(neutralise(text)).toBe(text);
    }
  });

  it('quotes a CSV field only when it must, doubling quotes', () => {
    expect(csvField('Gốm sứ')).toBe('Gốm sứ');
    expect(csvField('Hà Nội, Việt Nam')).toBe('"Hà Nội, Việt Nam"');
    expect(csvField('nói "xin chào"')).toBe('"nói ""xin chào"""');
    expect(csvField('dòng 1\r\ndòng 2')).toBe('"dòng 1\r\ndòng 2"');
  });

  it('writes numbers as numbers in XLSX and neutralised text in both formats', () => {
    const money: ExportColumn<string> = {
      header: { vi: 'Tiền', en: 'Money' },
      type: 'money',
      value: (r) => r,
    };
    const text: ExportColumn<string> = {
      header: { vi: 'Chữ', en: 'Text' },
      type: 'text',
      value: (r) => r,
    };
    expect(xlsxCell(money, '-1500000', 'vi')).toBe(-1500000);
    expect(csvCell(money, '-1500000', 'vi')).toBe('-1500000');
    expect(xlsxCell(text, '-1500000', 'vi')).toBe("'-1500000");
    expect(csvCell(text, '=A1', 'en')).toBe("'=A1");
  });

  it('shows instants in Hà Nội time', () => {
    expect(hanoiDateTime(new Date('2026-10-09T20:30:00Z'))).toBe('2026-10-10 03:30');
  });

  it('streams the BOM and header first, then the rows in chunks', async () => {
    const table: ExportTable<number> = {
      fileName: 'n',
      sheetName: { vi: 'Số', en: 'Numbers' },
      columns: [{ header: { vi: 'Số thứ tự', en: 'No.' }, type: 'number', value: (n) => n }],
      rows: (async function* () {
        for (let n = 1; n <= 1200; n++) yield n;
      })(),
    };
    const chunks: string[] = [];
    for await (const chunk of csvChunks(table, 'vi')) chunks.push(chunk);
    expect(chunks[0]).toBe('\uFEFFSố thứ tự\r\n');
    expect(chunks).toHaveLength(4);
    expect(chunks.join('').split('\r\n')).toHaveLength(1202);
  });
});
