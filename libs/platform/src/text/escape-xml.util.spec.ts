import { escapeXml } from './escape-xml.util';

describe('escapeXml', () => {
  it('escapes markup characters and drops characters XML forbids', () => {
    expect(escapeXml(`<b>"Gốm" & 'Sứ'</b>\u0007`)).toBe(
      '&lt;b&gt;&quot;Gốm&quot; &amp; &apos;Sứ&apos;&lt;/b&gt;',
    );
    expect(escapeXml(`Gốm <Bát Tràng> & "Chu Đậu" 'xưa'\u0007`)).toBe(
      'Gốm &lt;Bát Tràng&gt; &amp; &quot;Chu Đậu&quot; &apos;xưa&apos;',
    );
  });
});
