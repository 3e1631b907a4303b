import { createTestApp, TestApp } from '../../support/test-app';
import { tempStorageDir } from '../exhibitors/support/exhibitors';
import { buildCatalogueWorld, CatalogueWorld } from './support/catalogue-world';
import { as, fieldsOf, formToken } from './support/showcases';

/** Buyers write their country as they say it; the inquiry stores its ISO alpha-2 code. */
describe('buyer inquiries: the country by name (vi or en) or ISO code', () => {
  let t: TestApp;
  let w: CatalogueWorld;
  const url = () =>
    `/api/v1/catalogue/fairs/${w.fair.fairId}/products/${w.products.binh}/inquiries`;
  const send = (country: string, email: string) =>
    as(t).post(url(), {
      name: 'Anna Schmidt',
      email,
      country,
      message: 'Could you quote 100 vases?',
      token: formToken(t),
    });
  const storedCountry = async (email: string) =>
    (await t.dataSource.query('SELECT country FROM inquiries WHERE email = $1', [email]))[0]
      ?.country as string | undefined;

  beforeAll(async () => {
    t = await createTestApp({ STORAGE_DIR: tempStorageDir() });
    w = await buildCatalogueWorld(t);
  });
  afterAll(() => t.close());

  it.each([
    ['Đức', 'DE'],
    ['South Korea', 'KR'],
    ['KOR', 'KR'],
  ])('takes %p as %p', async (country, code) => {
    const email = `buyer-${code.toLowerCase()}-${country.length}@example.com`;
    await send(country, email).expect(202);
    expect(await storedCountry(email)).toBe(code);
  });

  it('refuses a name that is no country, naming the field in the caller’s language', async () => {
    const en = await send('Narnia', 'narnia@example.com').set('Accept-Language', 'en').expect(400);
    expect(fieldsOf(en)).toEqual(['country']);
    expect(JSON.stringify(en.body.fields)).toContain('must be a country');
    const vi = await send('Narnia', 'narnia@example.com').set('Accept-Language', 'vi').expect(400);
    expect(JSON.stringify(vi.body.fields)).toContain('phải là một quốc gia');
  });
});
