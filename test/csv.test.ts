// The preview's CSV reader (local/preview/csv.ts): RFC 4180 fields, BOM,
// line ends, Japanese and Korean text, the encodings Excel saves in Japan and
// Korea, and the writer reading back what it wrote.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, decodeText, parseCsv, sniffDelimiter, writeCsv } from '../local/preview/csv';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('parseCsv', () => {
  it('reads records and fields', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(parseCsv('a,b,c\n1,2,3')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]); // no final line break
  });

  it('ends records at CRLF, LF or CR alike', () => {
    const want = [
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ];
    expect(parseCsv('a,b\r\nc,d\r\ne,f\r\n')).toEqual(want);
    expect(parseCsv('a,b\nc,d\ne,f')).toEqual(want);
    expect(parseCsv('a,b\rc,d\re,f\r')).toEqual(want);
    expect(parseCsv('a,b\r\nc,d\ne,f\r')).toEqual(want);
  });

  it('drops a byte order mark at the start only', () => {
    expect(parseCsv('\ufeffアカウント,費用\r\n@hana,12.5万\r\n')).toEqual([
      ['アカウント', '費用'],
      ['@hana', '12.5万'],
    ]);
    expect(parseCsv('a,\ufeffb')).toEqual([['a', '\ufeffb']]);
  });

  it('reads quoted fields: delimiters, doubled quotes, line breaks inside', () => {
    const text =
      '"handle","memo"\r\n"@hana","コスメ, スキンケア"\r\n"@tokyo","He said ""買います"""\r\n"@kcos","1行目\r\n2行目\n3行目"\r\n';
    expect(parseCsv(text)).toEqual([
      ['handle', 'memo'],
      ['@hana', 'コスメ, スキンケア'],
      ['@tokyo', 'He said "買います"'],
      ['@kcos', '1行目\r\n2行目\n3行目'],
    ]);
  });

  it('keeps empty fields, empty quoted fields, a trailing delimiter and blank lines', () => {
    expect(parseCsv('a,,c\n,,\n"",x,""\nlast,\n')).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
      ['', 'x', ''],
      ['last', ''],
    ]);
    expect(parseCsv('a\n\nb\n')).toEqual([['a'], [''], ['b']]);
    expect(parseCsv('')).toEqual([]);
  });

  it('reads Japanese, Korean, full-width and emoji text as is', () => {
    const rows = [
      ['アカウント', '媒体', 'フォロワー数', '費用', 'ER', 'メモ'],
      ['@ゆき', 'Instagram', '１２万', '¥150,000', '3.2%', 'かわいい！❤️'],
      ['@민지', 'TikTok', '3.4만', '30,000원', '4.1%', '어디서 살 수 있나요?'],
      ['@🍜ramen', 'YouTube', '1.2M', '￥50,000', '0.9%', '(*´▽｀*)'],
    ];
    expect(parseCsv(rows.map((r) => r.map((f) => csvField(f)).join(',')).join('\r\n'))).toEqual(rows);
    expect(parseCsv('"¥150,000","30,000원"')).toEqual([['¥150,000', '30,000원']]);
  });

  it('is lenient like spreadsheet imports with malformed quoting', () => {
    expect(parseCsv('a"b,c')).toEqual([['a"b', 'c']]); // a quote inside an unquoted field is a character
    expect(parseCsv('"ab"cd,e')).toEqual([['abcd', 'e']]); // text after the closing quote is kept
    expect(parseCsv('x,"unterminated\nstill')).toEqual([['x', 'unterminated\nstill']]); // runs to the end
    expect(parseCsv(' "a" ,b')).toEqual([[' "a" ', 'b']]); // a quote after a space does not start a quoted field
  });

  it('sniffs tab and semicolon delimiters, or takes one given', () => {
    expect(sniffDelimiter('a\tb\tc\n1,5\t2\t3')).toBe('\t');
    expect(sniffDelimiter('a;b;c\n1,5;2;3')).toBe(';');
    expect(sniffDelimiter('"a;b",c\n')).toBe(',');
    expect(parseCsv('名前\t費用\n"@a\tb"\t1,000\n')).toEqual([
      ['名前', '費用'],
      ['@a\tb', '1,000'],
    ]);
    expect(parseCsv('a;b\n1,5;2', { delimiter: ';' })).toEqual([
      ['a', 'b'],
      ['1,5', '2'],
    ]);
    expect(() => parseCsv('a', { delimiter: '"' })).toThrow(/delimiter/);
  });

  it('reads back whatever writeCsv wrote', () => {
    const field = fc
      .array(fc.constantFrom('a', 'Z', '1', ',', '"', '\n', '\r', '\r\n', ' ', '\t', ';', 'あ', '한', '😀', '万', '=', "'"), {
        maxLength: 8,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
        expect(parseCsv(writeCsv(rows), { delimiter: ',' })).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });

  it('parses 10,000 rows, every field of the last one intact (the time is in npm run bench)', () => {
    const line = '@creator_1,Instagram,"12.5万","1,234","¥150,000",3.2%,"メモ, ""引用""\n2行目"\r\n';
    const text = 'h1,h2,h3,h4,h5,h6,h7\r\n' + line.repeat(10_000);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(10_001);
    expect(rows[10_000]).toEqual(['@creator_1', 'Instagram', '12.5万', '1,234', '¥150,000', '3.2%', 'メモ, "引用"\n2行目']);
  });
});

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(utf8('\ufeffアカウント,費用'))).toEqual({ text: 'アカウント,費用', encoding: 'utf-8', bom: true });
    expect(decodeText(utf8('계정,비용'))).toEqual({ text: '계정,비용', encoding: 'utf-8', bom: false });
  });

  it('reads UTF-16 with a BOM (Excel "Unicode text")', () => {
    const s = 'アカウント\t費用';
    const le = new Uint8Array(2 + s.length * 2);
    le[0] = 0xff;
    le[1] = 0xfe;
    for (let i = 0; i < s.length; i++) {
      le[2 + i * 2] = s.charCodeAt(i) & 0xff;
      le[3 + i * 2] = s.charCodeAt(i) >> 8;
    }
    expect(decodeText(le)).toEqual({ text: s, encoding: 'utf-16le', bom: true });
  });

  it('falls back to Shift_JIS and EUC-KR, as Excel saves "CSV" in Japan and Korea', () => {
    // "アカウント,費用\r\n@hana,12.5万" in Shift_JIS
    const sjis = Uint8Array.from([
      0x83, 0x41, 0x83, 0x4a, 0x83, 0x45, 0x83, 0x93, 0x83, 0x67, 0x2c, 0x94, 0xef, 0x97, 0x70, 0x0d, 0x0a, 0x40, 0x68, 0x61, 0x6e, 0x61,
      0x2c, 0x31, 0x32, 0x2e, 0x35, 0x96, 0x9c,
    ]);
    expect(decodeText(sjis)).toEqual({ text: 'アカウント,費用\r\n@hana,12.5万', encoding: 'shift_jis', bom: false });
    // "계정,비용\n@minji,3.4만" in EUC-KR
    const euckr = Uint8Array.from([
      0xb0, 0xe8, 0xc1, 0xa4, 0x2c, 0xba, 0xf1, 0xbf, 0xeb, 0x0a, 0x40, 0x6d, 0x69, 0x6e, 0x6a, 0x69, 0x2c, 0x33, 0x2e, 0x34, 0xb8, 0xb8,
    ]);
    expect(decodeText(euckr)).toEqual({ text: '계정,비용\n@minji,3.4만', encoding: 'euc-kr', bom: false });
  });

  it('refuses bytes in no known encoding, saying what to do', () => {
    expect(() => decodeText(Uint8Array.from([0xff, 0xff, 0x80, 0x81, 0xfe]))).toThrow(/CSV UTF-8/);
  });
});

describe('writeCsv', () => {
  it('quotes only what needs it, with CRLF line ends', () => {
    expect(writeCsv([['a', 'b,c', 'say "hi"', 'two\nlines', ' pad', 12.5, null]])).toBe(
      'a,"b,c","say ""hi""","two\nlines"," pad",12.5,\r\n',
    );
  });
});
