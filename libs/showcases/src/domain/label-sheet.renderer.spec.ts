import jsQR from 'jsqr';
import { A4_2X5_LAYOUT, renderLabelSheets, type SampleLabel } from './label-sheet.renderer';

function label(index: number): SampleLabel {
  return {
    code: `BT-${String(index).padStart(4, '0')}`,
    productName: { vi: `Bình gốm men rạn số ${index}`, en: `Crackle-glaze vase no. ${index}` },
    producer: 'HTX Gốm sứ Bát Tràng',
    village: 'Làng gốm Bát Tràng',
    url: `https://hoicho.example.vn/p/${index}`,
  };
}

/** Rasterises the QR drawn into one label: its white square (quiet zone + modules), 4 px each. */
function rasteriseLabelQr(page: string, code: string) {
  const group = new RegExp(`data-label-code="${code}">(.*?)</g>`).exec(page)?.[1] ?? '';
  const viewBox = /<svg [^>]*viewBox="(-?\d+) (-?\d+) (\d+) \d+"/.exec(group);
  const path = /<path fill="#000" d="([^"]*)"/.exec(group)?.[1];
  if (!viewBox || !path) return undefined;
  const [offset, box] = [-Number(viewBox[1]), Number(viewBox[3])];
  const scale = 4;
  const width = box * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
    for (let col = Number(x); col < Number(x) + Number(run); col++) {
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const px = (col + offset) * scale + dx;
          const py = (Number(y) + offset) * scale + dy;
          pixels.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
        }
      }
    }
  }
  return { pixels, width, scale };
}

function decodeLabelQr(page: string, code: string): string | undefined {
  const raster = rasteriseLabelQr(page, code);
  return raster && jsQR(raster.pixels, raster.width, raster.width)?.data;
}

/** White modules between each edge of the QR's white square and the first dark module. */
function quietZones(page: string, code: string) {
  const { pixels, width, scale } = rasteriseLabelQr(page, code)!;
  const dark = (x: number, y: number) => pixels[(y * width + x) * 4] === 0;
  let [left, top, right, bottom] = [width, width, -1, -1];
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      if (!dark(x, y)) continue;
      [left, top] = [Math.min(left, x), Math.min(top, y)];
      [right, bottom] = [Math.max(right, x), Math.max(bottom, y)];
    }
  }
  return [left, top, width - 1 - right, width - 1 - bottom].map((px) => px / scale);
}

describe('renderLabelSheets', () => {
  it('puts ten labels on an A4 page and starts a new page for the eleventh', () => {
    const pages = renderLabelSheets(Array.from({ length: 11 }, (_, i) => label(i + 1)));
    expect(pages).toHaveLength(2);
    expect(pages[0]).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="210mm" height="297mm"/,
    );
    expect(pages[0].match(/data-label-code=/g)).toHaveLength(10);
    expect(pages[1].match(/data-label-code=/g)).toHaveLength(1);
    expect(renderLabelSheets([])).toEqual([]);
  });

  it('places labels on the sheet grid, row by row', () => {
    const [page] = renderLabelSheets([label(1), label(2), label(3)]);
    expect(page).toContain('data-label-code="BT-0001"');
    expect(page).toContain('<g transform="translate(4.65 6.00)" data-label-code="BT-0001">');
    expect(page).toContain('<g transform="translate(106.25 6.00)" data-label-code="BT-0002">');
    expect(page).toContain('<g transform="translate(4.65 63.00)" data-label-code="BT-0003">');
  });

  it('shows both names, producer, village and code', () => {
    const [page] = renderLabelSheets([label(7)]);
    for (const text of [
      'Bình gốm men rạn số 7',
      'Crackle-glaze vase no. 7',
      'HTX Gốm sứ Bát Tràng',
      'Làng gốm Bát Tràng',
      '>BT-0007<',
    ]) {
      expect(page).toContain(text);
    }
  });

  it('carries a QR that decodes to each product URL', () => {
    const [page] = renderLabelSheets([label(1), label(2)]);
    expect(decodeLabelQr(page, 'BT-0001')).toBe('https://hoicho.example.vn/p/1');
    expect(decodeLabelQr(page, 'BT-0002')).toBe('https://hoicho.example.vn/p/2');
  });

  it('leaves the standard 4-module quiet zone white on every side of the QR', () => {
    const [page] = renderLabelSheets([label(3)]);
    expect(quietZones(page, 'BT-0003')).toEqual([4, 4, 4, 4]);
    // Nothing else is drawn over it: the white square is the last thing before the modules.
    expect(page).toMatch(
      /<rect x="-4" y="-4" width="\d+" height="\d+" fill="#fff"\/><path fill="#000"/,
    );
  });

  it('names the producer’s booths when it has them, and leaves the line out before allocation', () => {
    const [withBooths] = renderLabelSheets([{ ...label(4), boothCodes: ['A-12', 'A-13'] }]);
    expect(withBooths).toContain('>Gian · Booth A-12, A-13<');
    const [without] = renderLabelSheets([label(5)]);
    expect(without).not.toContain('Booth');
  });

  it('escapes every text for XML', () => {
    const [page] = renderLabelSheets([
      {
        code: 'X"1',
        productName: { vi: 'Khay <sơn mài> & hộp' },
        producer: `Cơ sở "Hạ Thái" </svg><script>`,
        url: 'https://hoicho.example.vn/p/x?a=1&b=2',
      },
    ]);
    expect(page).toContain('data-label-code="X&quot;1"');
    expect(page).toContain('Khay &lt;sơn mài&gt; &amp; hộp');
    expect(page).not.toContain('<script>');
  });

  it('draws cut lines only when asked', () => {
    expect(renderLabelSheets([label(1)])[0]).not.toContain('stroke-dasharray');
    expect(renderLabelSheets([label(1)], { ...A4_2X5_LAYOUT, outline: true })[0]).toContain(
      'stroke-dasharray',
    );
  });
});
