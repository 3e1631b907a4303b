// Reads a PDF with Mozilla's pdf.js (ESM only, so it runs in its own process): prints the text
// of every page and every painted image as RGBA, as JSON on standard output.
import { readFileSync } from 'node:fs';
import { getDocument, ImageKind, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

const data = new Uint8Array(readFileSync(process.argv[2]));
const pdf = await getDocument({ data, isOffscreenCanvasSupported: false, verbosity: 0 }).promise;
const result = { pages: pdf.numPages, text: [], images: [] };

function rgba(image) {
  if (image.kind === ImageKind.RGBA_32BPP) return Buffer.from(image.data);
  const pixels = image.width * image.height;
  const out = Buffer.alloc(pixels * 4, 255);
  for (let i = 0; i < pixels; i++) {
    if (image.kind === ImageKind.RGB_24BPP) {
      out[i * 4] = image.data[i * 3];
      out[i * 4 + 1] = image.data[i * 3 + 1];
      out[i * 4 + 2] = image.data[i * 3 + 2];
    } else {
      // 1 bit per pixel, rows padded to whole bytes.
      const row = Math.floor(i / image.width);
      const col = i % image.width;
      const byte = image.data[row * Math.ceil(image.width / 8) + (col >> 3)];
      out[i * 4] = out[i * 4 + 1] = out[i * 4 + 2] = (byte >> (7 - (col & 7))) & 1 ? 255 : 0;
    }
  }
  return out;
}

for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  const content = await page.getTextContent();
  result.text.push(content.items.map((item) => item.str + (item.hasEOL ? '\n' : '')).join(''));
  const ops = await page.getOperatorList();
  for (let i = 0; i < ops.fnArray.length; i++) {
    if (ops.fnArray[i] !== OPS.paintImageXObject) continue;
    const image = await new Promise((resolve) => page.objs.get(ops.argsArray[i][0], resolve));
    result.images.push({
      width: image.width,
      height: image.height,
      rgba: rgba(image).toString('base64'),
    });
  }
}
process.stdout.write(JSON.stringify(result));
