/**
 * "Số thành chữ": a whole number of đồng written in Vietnamese words, as receipts and
 * invoices print it ("Một triệu hai trăm năm mươi nghìn đồng"). Pure.
 *
 * Rules (northern usage, as on Hà Nội receipts):
 * - groups of three digits: nghìn, triệu, tỷ; beyond tỷ the groups repeat ("nghìn tỷ", "triệu tỷ");
 * - a zero tens digit before a units digit is "linh" (105 → "một trăm linh năm"; `lẻ` in the
 *   south, option `zeroTens: 'lẻ'`);
 * - a group after a higher one keeps its hundreds: 1.005.000 → "một triệu không trăm linh năm nghìn";
 * - units 1 after a tens digit ≥ 2 is "mốt" (21 → "hai mươi mốt"), 11 stays "mười một";
 * - units 5 after any tens digit is "lăm" (15 → "mười lăm", 25 → "hai mươi lăm"; 105 → "linh năm");
 * - units 4 after a tens digit ≥ 2 is "tư" (24 → "hai mươi tư"), 14 stays "mười bốn";
 * - 10 is "mười", 20…90 "hai mươi" … "chín mươi"; 0 → "Không đồng".
 */
const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const SCALES = ['', 'nghìn', 'triệu'];

export interface NumberWordsOptions {
  /** The word for a zero tens digit before units: "linh" (north, default) or "lẻ" (south). */
  zeroTens?: 'linh' | 'lẻ';
}

/** Three digits (0–999); `full` writes "không trăm" when a higher group came before. */
function group(n: number, full: boolean, zeroTens: string): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) words.push(DIGITS[hundreds], 'trăm');
  if (tens === 0) {
    if (units > 0 && words.length > 0) words.push(zeroTens);
  } else if (tens === 1) {
    words.push('mười');
  } else {
    words.push(DIGITS[tens], 'mươi');
  }
  if (units === 0) return words;
  if (units === 1 && tens >= 2) words.push('mốt');
  else if (units === 5 && tens >= 1) words.push('lăm');
  else if (units === 4 && tens >= 2) words.push('tư');
  else words.push(DIGITS[units]);
  return words;
}

/** The words of a non-negative whole number, lower case, without the currency. */
export function numberToVietnameseWords(
  value: bigint | number | string,
  options: NumberWordsOptions = {},
): string {
  const n = BigInt(value);
  if (n < 0n) throw new RangeError('a negative amount has no words here');
  if (n === 0n) return DIGITS[0];
  const zeroTens = options.zeroTens ?? 'linh';
  // Split into tỷ blocks (9 digits each), every block into three groups of three digits.
  const blocks: number[] = [];
  for (let rest = n; rest > 0n; rest /= 1_000_000_000n) {
    blocks.unshift(Number(rest % 1_000_000_000n));
  }
  const words: string[] = [];
  blocks.forEach((block, b) => {
    const tyPower = blocks.length - 1 - b;
    const groups = [Math.floor(block / 1_000_000), Math.floor(block / 1000) % 1000, block % 1000];
    let spoke = false;
    groups.forEach((g, i) => {
      if (g === 0) return;
      const higherBefore = words.length > 0;
      words.push(...group(g, higherBefore, zeroTens));
      if (SCALES[2 - i]) words.push(SCALES[2 - i]);
      spoke = true;
    });
    if (tyPower > 0 && (spoke || b === 0)) words.push(...Array<string>(tyPower).fill('tỷ'));
  });
  return words.join(' ');
}

/** "Một triệu hai trăm năm mươi nghìn đồng": capitalised, with the currency, as a receipt prints it. */
export function vndInWords(value: bigint | number | string, options?: NumberWordsOptions): string {
  const words = `${numberToVietnameseWords(value, options)} đồng`;
  return words.charAt(0).toUpperCase() + words.slice(1);
}
