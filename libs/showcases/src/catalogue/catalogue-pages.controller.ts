import { Body, Controller, Get, Header, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiConsumes,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import {
  AppError,
  ErrorBodyDto,
  formatVnd,
  Public,
  RateLimit,
  UuidParam,
  escapeHtml,
} from '@hoicho/platform';
import { Lang } from '../common/lang';
import { CreateInquiryDto, HONEYPOT_FIELD } from '../inquiries/dto/inquiry.dto';
import { InquiryFormService } from '../inquiries/inquiry-form.service';
import { InquirySubmissionService } from '../inquiries/inquiry-submission.service';
import { publicPhotoPath } from './catalogue-urls';
import { PublicProductDto } from './dto/catalogue.dto';
import { PublicProductService } from './public-product.service';

const TEXT = {
  vi: {
    producer: 'Nhà sản xuất',
    village: 'Làng nghề',
    craft: 'Nghề',
    booths: 'Gian hàng',
    materials: 'Chất liệu',
    price: 'Giá',
    minOrder: 'Đơn hàng tối thiểu',
    showcase: 'Trưng bày',
    ask: 'Gửi yêu cầu cho nhà sản xuất',
    name: 'Họ tên',
    company: 'Công ty',
    email: 'Email',
    country: 'Quốc gia (tên hoặc mã, ví dụ Đức, Germany, DE)',
    quantity: 'Số lượng',
    message: 'Nội dung',
    send: 'Gửi',
    thanks: 'Cảm ơn! Nhà sản xuất sẽ liên hệ qua email.',
    fix: 'Vui lòng sửa:',
    other: 'English',
  },
  en: {
    producer: 'Producer',
    village: 'Craft village',
    craft: 'Craft',
    booths: 'Booth',
    materials: 'Materials',
    price: 'Price',
    minOrder: 'Minimum order',
    showcase: 'Showcase',
    ask: 'Send the producer an inquiry',
    name: 'Name',
    company: 'Company',
    email: 'Email',
    country: 'Country (name or code, e.g. Germany, Đức, DE)',
    quantity: 'Quantity',
    message: 'Message',
    send: 'Send',
    thanks: 'Thank you! The producer will answer by email.',
    fix: 'Please correct:',
    other: 'Tiếng Việt',
  },
};

function layout(lang: Lang, title: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escapeHtml(title)} · Hội Chợ</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#222}
img{max-width:100%;height:auto;border-radius:4px}dt{font-weight:600}dd{margin:0 0 .5rem}
input,textarea,button{font-size:1rem;padding:.5rem;width:100%;box-sizing:border-box;margin:.2rem 0 .6rem}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}.err{color:#a00}</style></head>
<body>${body}</body></html>`;
}

/**
 * The product's public page: what a sample label's QR opens. Server-rendered, small, usable on
 * any phone, with the inquiry form (signed token and honeypot) that posts back here.
 */
@ApiTags('catalogue')
@Public()
@Controller('catalogue/fairs/:fairId/products/:productId')
export class CataloguePagesController {
  constructor(
    private readonly products: PublicProductService,
    private readonly inquiryForm: InquiryFormService,
    private readonly inquiries: InquirySubmissionService,
  ) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The product’s public page (HTML) with the inquiry form' })
  @ApiProduces('text/html')
  @ApiQuery({ name: 'lang', required: false, enum: ['vi', 'en'] })
  @ApiQuery({ name: 'sample', required: false, description: 'label code of a scanned sample' })
  @ApiOkResponse({ description: 'an HTML page' })
  @ApiNotFoundResponse({
    type: ErrorBodyDto,
    description: 'no such published product in this fair',
  })
  async page(
    @UuidParam('fairId') fairId: string,
    @UuidParam('productId') productId: string,
    @Query('lang') langParam?: string,
    @Query('sample') sample?: string,
  ): Promise<string> {
    const lang: Lang = langParam === 'en' ? 'en' : 'vi';
    const product = await this.products.page(fairId, productId, lang);
    const form = await this.inquiryForm.form(fairId);
    return this.render(product, lang, sampleCode(sample), form.token, '');
  }

  @Post()
  @HttpCode(200)
  @RateLimit('form')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The page’s inquiry form (urlencoded); answers with an HTML page' })
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'an HTML page: thanks, or the form with what to correct' })
  async send(
    @UuidParam('fairId') fairId: string,
    @UuidParam('productId') productId: string,
    @Body() body: Record<string, unknown>,
  ): Promise<string> {
    const lang: Lang = body.lang === 'en' ? 'en' : 'vi';
    const product = await this.products.page(fairId, productId, lang);
    const input = Object.fromEntries(
      Object.entries(body ?? {}).filter(([, value]) => value !== ''),
    );
    const dto = plainToInstance(CreateInquiryDto, { ...input, lang });
    const errors = await validate(dto, { whitelist: true });
    let problems = errors.map(
      (e) => `${e.property}: ${Object.values(e.constraints ?? {}).join(', ')}`,
    );
    if (problems.length === 0) {
      try {
        await this.inquiries.submit(fairId, productId, dto);
        return layout(
          lang,
          product.name,
          `<h1>${escapeHtml(product.name)}</h1><p>${escapeHtml(TEXT[lang].thanks)}</p>`,
        );
      } catch (error) {
        if (!(error instanceof AppError) || error.kind === 'not_found') throw error;
        problems = error.fields.map((f) => `${f.field}: ${f.message}`);
      }
    }
    const form = await this.inquiryForm.form(fairId);
    const errorList = `<div class="err"><p>${escapeHtml(TEXT[lang].fix)}</p><ul>${problems
      .map((p) => `<li>${escapeHtml(p)}</li>`)
      .join('')}</ul></div>`;
    return this.render(product, lang, sampleCode(dto.sampleCode), form.token, errorList, body);
  }

  private render(
    p: PublicProductDto,
    lang: Lang,
    sample: string | undefined,
    token: string,
    errors: string,
    values: Record<string, unknown> = {},
  ): string {
    const t = TEXT[lang];
    const other = lang === 'vi' ? 'en' : 'vi';
    const price =
      p.priceMin !== null && p.priceMax !== null
        ? p.priceMin === p.priceMax
          ? formatVnd(BigInt(p.priceMin))
          : `${formatVnd(BigInt(p.priceMin))} – ${formatVnd(BigInt(p.priceMax))}`
        : null;
    const facts: [string, string | null][] = [
      [t.producer, p.producer.name],
      [t.village, p.producer.village?.name ?? null],
      [t.craft, p.producer.craft?.name ?? null],
      [t.booths, p.producer.boothCodes.join(', ') || null],
      [t.materials, p.materials.join(', ') || null],
      [t.price, price],
      [t.minOrder, p.minOrderQuantity !== null ? String(p.minOrderQuantity) : null],
      [t.showcase, p.showcases.map((s) => `${s.title} (${s.labelCode})`).join(', ') || null],
    ];
    const field = (name: string, label: string, type = 'text', required = false) =>
      `<label>${escapeHtml(label)}<input type="${type}" name="${name}" value="${escapeHtml(values[name])}"${required ? ' required' : ''}></label>`;
    const query = sample ? `?sample=${encodeURIComponent(sample)}&lang=${other}` : `?lang=${other}`;
    return layout(
      lang,
      p.name,
      `<p><a href="${escapeHtml(query)}">${t.other}</a></p>
<h1>${escapeHtml(p.name)}</h1>${p.nameEn && lang === 'vi' ? `<p><em>${escapeHtml(p.nameEn)}</em></p>` : ''}
${p.ocop ? `<p>OCOP ${'★'.repeat(p.ocop.stars)}</p>` : ''}
${p.photos.map((ph) => `<img src="${escapeHtml(publicPhotoPath(p.fairId, p.id, ph.id))}" alt="${escapeHtml(ph.caption ?? p.name)}">`).join('')}
<dl>${facts
        .filter(([, value]) => value)
        .map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`)
        .join('')}</dl>
<h2>${escapeHtml(t.ask)}</h2>${errors}
<form method="post">
<input type="hidden" name="token" value="${escapeHtml(token)}">
<input type="hidden" name="lang" value="${lang}">
${sample ? `<input type="hidden" name="sampleCode" value="${escapeHtml(sample)}">` : ''}
<div class="hp" aria-hidden="true"><label>Website<input type="text" name="${HONEYPOT_FIELD}" tabindex="-1" autocomplete="off"></label></div>
${field('name', t.name, 'text', true)}${field('company', t.company)}${field('email', t.email, 'email', true)}
${field('country', t.country, 'text', true)}${field('quantity', t.quantity, 'number')}
<label>${escapeHtml(t.message)}<textarea name="message" rows="5" required>${escapeHtml(values.message)}</textarea></label>
<button type="submit">${escapeHtml(t.send)}</button></form>`,
    );
  }
}

function sampleCode(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z0-9][A-Za-z0-9-]{0,19}$/.test(value)
    ? value.toUpperCase()
    : undefined;
}
