import { describe, it, expect } from 'vitest';
import {
  patentKindOf,
  validateAssetIdentifier,
  validateCopyrightNumber,
  validateGiIdentifier,
  validateIcLayoutNumber,
  validatePatentNumber,
  validateSoftwareCopyrightNumber,
  validateTrademarkNumber,
  validateUscc,
  type IdCheck
} from './index';
import { ASSET_TYPES } from '../schema/asset-type';

const okWith = (normalized: string): IdCheck => ({ ok: true, normalized });
const err = (code: string) => ({ ok: false, code });

describe('validateUscc (GB 32100-2015)', () => {
  it('accepts real codes of well-known companies', () => {
    // 华为技术有限公司 — Wikipedia (zh) infobox "機構代碼 914403001922038216",
    // https://zh.wikipedia.org/zh-hk/華爲
    // Values (charset 0123456789ABCDEFGHJKLMNPQRTUWXY) × weights (1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28):
    //   9×1 + 1×3 + 4×9 + 4×27 + 0×19 + 3×26 + 0×16 + 0×17 + 1×20 + 9×29 + 2×25 + 2×13 + 0×8
    //   + 3×24 + 8×10 + 2×30 + 1×28 = 831;  831 mod 31 = 25;  31 − 25 = 6  → check '6' ✓
    expect(validateUscc('914403001922038216')).toEqual(okWith('914403001922038216'));
    // 深圳市腾讯计算机系统有限公司 — check-china.com example report,
    // https://check-china.com/example_report/en/8 ("Unified social credit code 91440300708461136T")
    //   9×1 + 1×3 + 4×9 + 4×27 + 0×19 + 3×26 + 0×16 + 0×17 + 7×20 + 0×29 + 8×25 + 4×13 + 6×8
    //   + 1×24 + 1×10 + 3×30 + 6×28 = 966;  966 mod 31 = 5;  31 − 5 = 26 → charset[26] = 'T' ✓
    expect(validateUscc('91440300708461136T')).toEqual(okWith('91440300708461136T'));
    // China Checkup, "Unified Social Credit Code" (Matt Slater, 2018),
    // https://www.chinacheckup.com/blogs/articles/unified-social-credit-code :
    // Tencent Technology (Shenzhen) Co., Ltd.; China Petroleum & Chemical Corporation; Baoshan Iron and Steel Co., Ltd.
    expect(validateUscc('9144030071526726XG')).toEqual(okWith('9144030071526726XG'));
    expect(validateUscc('91110000710926094P')).toEqual(okWith('91110000710926094P'));
    expect(validateUscc('91310000631696382C')).toEqual(okWith('91310000631696382C'));
    // English Wikipedia "Unified Social Credit Identifier" format illustration: 9 1 3 5 0 1 0 0 M 0 0 0 1 0 0 Y 4 3
    expect(validateUscc('91350100M000100Y43')).toEqual(okWith('91350100M000100Y43'));
  });

  it('accepts codes as people type them: lower case, spaces, full-width', () => {
    expect(validateUscc(' 9144 0300 7084 6113 6t ')).toEqual(okWith('91440300708461136T'));
    expect(validateUscc('9144030071526726xg')).toEqual(okWith('9144030071526726XG'));
    expect(validateUscc('９１４４０３００１９２２０３８２１６')).toEqual(okWith('914403001922038216'));
    expect(validateUscc('\u3000914403001922038216\t')).toEqual(okWith('914403001922038216'));
  });

  it('rejects a wrong check character', () => {
    expect(validateUscc('914403001922038217')).toEqual(err('checksum'));
    expect(validateUscc('91440300708461136U')).toEqual(err('checksum'));
    // "河南建业物业管理有限公司 91410100779423456X" is printed as a sample on seridoat.com; its check should be 'B'.
    expect(validateUscc('91410100779423456X')).toEqual(err('checksum'));
    // Two adjacent characters swapped.
    expect(validateUscc('914403001922038261')).toEqual(err('checksum'));
  });

  it('rejects wrong length, forbidden letters and a non-numeric division code', () => {
    expect(validateUscc('91440300192203821')).toEqual(err('format'));
    expect(validateUscc('9144030019220382166')).toEqual(err('format'));
    for (const bad of ['I', 'O', 'Z', 'S', 'V']) {
      expect(validateUscc(`91440300192203821${bad}`)).toEqual(err('format'));
      expect(validateUscc(`9144030019220${bad}8216`)).toEqual(err('format'));
    }
    // Positions 3-8 (administrative division) must be digits.
    expect(validateUscc('9144A3001922038216')).toEqual(err('format'));
    expect(validateUscc('91-4403001922038216')).toEqual(err('format'));
    expect(validateUscc('华为技术有限公司')).toEqual(err('format'));
  });

  it('reports blank input as empty', () => {
    expect(validateUscc('')).toEqual(err('empty'));
    expect(validateUscc('   \t\n\u3000')).toEqual(err('empty'));
  });
});

describe('validatePatentNumber (CNIPA application numbers)', () => {
  it('accepts real 12-digit numbers of each kind', () => {
    // Invention, 极智嘉 "货架命中方法…", (2020)最高法知民终1469号, reported at http://www.junlongip.com/?p=4299
    //   2×2 + 0×3 + 1×4 + 8×5 + 1×6 + 0×7 + 5×8 + 5×9 + 7×2 + 0×3 + 6×4 + 7×5 = 212;  212 mod 11 = 3 ✓
    expect(validatePatentNumber('ZL 201810557067.3', 'invention')).toEqual(okWith('201810557067.3'));
    // Invention whose check digit is X: CN201610311380.X "一种基于分布式高并发条件下的计费方法",
    // 苏州朗动网络科技有限公司 (publication CN106022747A); qichacha record copied into
    // github.com/BenDaye/Nuxt-Vuetify-Koa components/query/property/mock-zhuanlixinxi.js
    //   2×2 + 0×3 + 1×4 + 6×5 + 1×6 + 0×7 + 3×8 + 1×9 + 1×2 + 3×3 + 8×4 + 0×5 = 120;  120 mod 11 = 10 → 'X' ✓
    expect(validatePatentNumber('CN201610311380.X', 'invention')).toEqual(okWith('201610311380.X'));
    // Same source: CN201710117081.7 (invention, publication CN106844774A).
    expect(validatePatentNumber('CN201710117081.7')).toEqual(okWith('201710117081.7'));
    // Design: CN201730033448.8 "吉祥物（企鹅）" (publication CN304218960S), same source.
    expect(validatePatentNumber('CN201730033448.8', 'design')).toEqual(okWith('201730033448.8'));
    // Utility model "一种警用钩脚器" ZL200920182473.2, 日久公司 v. 顺兴公司 (泰州中院), http://lilangjiu.com/shownews.asp?id=133
    expect(validatePatentNumber('ZL200920182473.2', 'utility')).toEqual(okWith('200920182473.2'));
    // Invention "选择数据传送方法" ZL200480001590.4, 诺基亚 v. 华勤, (2011)沪一中民五(知)初字第47号.
    expect(validatePatentNumber('ZL200480001590.4', 'invention')).toEqual(okWith('200480001590.4'));
  });

  it('accepts real old 8-digit numbers', () => {
    // Invention "后换档器支架" ZL94102612.4, 株式会社岛野 v. 宁波市日骋工贸, 最高人民法院 (2012)民提字第1号.
    //   9×2 + 4×3 + 1×4 + 0×5 + 2×6 + 6×7 + 1×8 + 2×9 = 114;  114 mod 11 = 4 ✓
    expect(validatePatentNumber('ZL94102612.4', 'invention')).toEqual(okWith('94102612.4'));
    // Utility model "一种高分段小型断路器" ZL97248479.5, 正泰 v. 施耐德 (温州中院, 2006-2007).
    //   9×2 + 7×3 + 2×4 + 4×5 + 8×6 + 4×7 + 7×8 + 9×9 = 280;  280 mod 11 = 5 ✓
    expect(validatePatentNumber('ZL97248479.5', 'utility')).toEqual(okWith('97248479.5'));
    // The widely reprinted worked example of the rule (e.g. http://chengju.com/wenhua/33720.html):
    //   ZL95115608.X: 9×2 + 5×3 + 1×4 + 1×5 + 5×6 + 6×7 + 0×8 + 8×9 = 186;  186 mod 11 = 10 → 'X'
    expect(validatePatentNumber('ZL95115608.X')).toEqual(okWith('95115608.X'));
  });

  it('accepts typing variants: prefixes, spaces, no dot, full-width dots, lower-case x', () => {
    expect(validatePatentNumber('zl201610311380.x')).toEqual(okWith('201610311380.X'));
    expect(validatePatentNumber('201610311380x')).toEqual(okWith('201610311380.X'));
    expect(validatePatentNumber('2018 1055 7067.3')).toEqual(okWith('201810557067.3'));
    expect(validatePatentNumber('ZL2018105570673')).toEqual(okWith('201810557067.3'));
    expect(validatePatentNumber('ZL201810557067．3')).toEqual(okWith('201810557067.3'));
    expect(validatePatentNumber('ZL201810557067。3')).toEqual(okWith('201810557067.3'));
    expect(validatePatentNumber('Cn 97248479.5')).toEqual(okWith('97248479.5'));
    expect(validatePatentNumber('972484795')).toEqual(okWith('97248479.5'));
    expect(validatePatentNumber('ＺＬ２０１８１０５５７０６７．３')).toEqual(okWith('201810557067.3'));
  });

  it('rejects a wrong check digit', () => {
    expect(validatePatentNumber('ZL201810557067.4')).toEqual(err('checksum'));
    expect(validatePatentNumber('ZL201610311380.0')).toEqual(err('checksum'));
    expect(validatePatentNumber('ZL94102612.X')).toEqual(err('checksum'));
    // "ZL201030100012.9" is given as "a typical design patent number" on tjnenfu.com; its check should be 4.
    expect(validatePatentNumber('ZL201030100012.9')).toEqual(err('checksum'));
    // Transposed serial digits.
    expect(validatePatentNumber('201810557076.3')).toEqual(err('checksum'));
  });

  it('checks the kind against the expected asset type', () => {
    expect(validatePatentNumber('ZL200920182473.2', 'invention')).toEqual(err('type_mismatch'));
    expect(validatePatentNumber('ZL201810557067.3', 'design')).toEqual(err('type_mismatch'));
    expect(validatePatentNumber('CN201730033448.8', 'utility')).toEqual(err('type_mismatch'));
    // A wrong check digit is reported before a kind mismatch.
    expect(validatePatentNumber('ZL200920182473.3', 'invention')).toEqual(err('checksum'));
    // PCT national-phase numbers (synthetic, check digits computed): 8 → invention, 9 → utility model.
    //   201880001234: 2×2+0×3+1×4+8×5+8×6+0×7+0×8+0×9+1×2+2×3+3×4+4×5 = 136; 136 mod 11 = 4
    expect(validatePatentNumber('201880001234.4', 'invention')).toEqual(okWith('201880001234.4'));
    expect(validatePatentNumber('201880001234.4', 'utility')).toEqual(err('type_mismatch'));
    expect(validatePatentNumber('201990001234.4', 'utility')).toEqual(okWith('201990001234.4'));
  });

  it('rejects impossible years', () => {
    // Old format began with the Patent Law in 1985 and ended in 2003.
    expect(validatePatentNumber('84100001.1')).toEqual(err('year'));
    expect(validatePatentNumber('10100001.2')).toEqual(err('year'));
    // The 12-digit form began on 2003-10-01.
    expect(validatePatentNumber('199910000001.9')).toEqual(err('year'));
  });

  it('rejects malformed numbers', () => {
    expect(validatePatentNumber('2018105570.3')).toEqual(err('format'));
    expect(validatePatentNumber('20181055706703')).toEqual(err('format'));
    expect(validatePatentNumber('201810557067')).toEqual(err('format')); // check digit missing
    expect(validatePatentNumber('201850557067.3')).toEqual(err('format')); // type digit 5
    expect(validatePatentNumber('ZL201810557067.A')).toEqual(err('format'));
    expect(validatePatentNumber('CN106844774A')).toEqual(err('format')); // a publication number
    expect(validatePatentNumber('ZL')).toEqual(err('format'));
    expect(validatePatentNumber('专利号')).toEqual(err('format'));
    expect(validatePatentNumber('')).toEqual(err('empty'));
    expect(validatePatentNumber('  ')).toEqual(err('empty'));
  });

  it('patentKindOf reads the type digit', () => {
    expect(patentKindOf('201810557067.3')).toBe('invention');
    expect(patentKindOf('200920182473.2')).toBe('utility');
    expect(patentKindOf('201730033448.8')).toBe('design');
    expect(patentKindOf('97248479.5')).toBe('utility');
    expect(patentKindOf('201880001234.4')).toBe('invention');
    expect(patentKindOf('201990001234.4')).toBe('utility');
    expect(patentKindOf('201810557067.4')).toBeNull();
    expect(patentKindOf('')).toBeNull();
  });
});

describe('validateTrademarkNumber', () => {
  it('accepts real registration numbers with or without 第…号', () => {
    // "非诚勿扰" 第7199523号, 金阿欢 v. 江苏电视台, (2015)深中法知民终字第927号, http://jshslaw.com/20160107/1757.html
    expect(validateTrademarkNumber('第7199523号')).toEqual(okWith('7199523'));
    expect(validateTrademarkNumber(' 7199523 ')).toEqual(okWith('7199523'));
    expect(validateTrademarkNumber('第 7199523 号')).toEqual(okWith('7199523'));
    expect(validateTrademarkNumber('１２３４５')).toEqual(okWith('12345'));
    expect(validateTrademarkNumber('123456789')).toEqual(okWith('123456789'));
  });

  it('accepts Madrid international registrations as G + digits', () => {
    expect(validateTrademarkNumber('g1234567')).toEqual(okWith('G1234567'));
    expect(validateTrademarkNumber('G 1234567')).toEqual(okWith('G1234567'));
  });

  it('rejects malformed numbers', () => {
    expect(validateTrademarkNumber('1234567890')).toEqual(err('format'));
    expect(validateTrademarkNumber('72A9523')).toEqual(err('format'));
    expect(validateTrademarkNumber('0')).toEqual(err('format'));
    expect(validateTrademarkNumber('G')).toEqual(err('format'));
    expect(validateTrademarkNumber('非诚勿扰')).toEqual(err('format'));
    expect(validateTrademarkNumber('第号')).toEqual(err('empty'));
    expect(validateTrademarkNumber('')).toEqual(err('empty'));
  });
});

describe('validateSoftwareCopyrightNumber', () => {
  it('accepts real registration numbers', () => {
    // 慧科云CMS help site tagline "著作权登记号：2022SR1480776" (docusaurus config in a public GitHub repository).
    expect(validateSoftwareCopyrightNumber('2022SR1480776')).toEqual(okWith('2022SR1480776'));
    // Shop7z licence page: "软件著作权证书登记号:2014SR001852 软著登字第0671096号".
    expect(validateSoftwareCopyrightNumber('2014SR001852')).toEqual(okWith('2014SR001852'));
    // Discuz! licence (康盛创想): "中国国家版权局著作权登记号 2006SR11895" — a 5-digit serial.
    expect(validateSoftwareCopyrightNumber('2006SR11895')).toEqual(okWith('2006SR11895'));
    // A regional registration with letters after SR: "软件著作权登记号：2008SRBJ0833" (a university lab's project list).
    expect(validateSoftwareCopyrightNumber('2008SRBJ0833')).toEqual(okWith('2008SRBJ0833'));
  });

  it('accepts typing variants', () => {
    expect(validateSoftwareCopyrightNumber(' 2022 sr 1480776 ')).toEqual(okWith('2022SR1480776'));
    expect(validateSoftwareCopyrightNumber('软著登字第2016SR172900号')).toEqual(okWith('2016SR172900'));
    expect(validateSoftwareCopyrightNumber('２０２２ＳＲ１４８０７７６')).toEqual(okWith('2022SR1480776'));
  });

  it('rejects malformed numbers and impossible years', () => {
    expect(validateSoftwareCopyrightNumber('软著登字第0671096号')).toEqual(err('format')); // certificate number
    expect(validateSoftwareCopyrightNumber('2022SR14807761')).toEqual(err('format'));
    expect(validateSoftwareCopyrightNumber('2022SR123')).toEqual(err('format'));
    expect(validateSoftwareCopyrightNumber('22SR1480776')).toEqual(err('format'));
    expect(validateSoftwareCopyrightNumber('2022RS1480776')).toEqual(err('format'));
    expect(validateSoftwareCopyrightNumber('1985SR123456')).toEqual(err('year'));
    expect(validateSoftwareCopyrightNumber('')).toEqual(err('empty'));
    expect(validateSoftwareCopyrightNumber(' ')).toEqual(err('empty'));
  });
});

describe('validateCopyrightNumber (作品登记号)', () => {
  it('accepts real national and provincial registration numbers', () => {
    // "证书编号：国作登字-2021-L-00268255 (中华人民共和国 国家版权登记中心)", source headers of
    // github.com/yaoguangluo projects (罗瑶光, 《DNA 元基催化与肽计算》).
    expect(validateCopyrightNumber('国作登字-2021-L-00268255')).toEqual(okWith('国作登字-2021-L-00268255'));
    // Example query in a public scraper of the national work-registration search: "黔作登字-2023-A-00854088".
    expect(validateCopyrightNumber('黔作登字-2023-A-00854088')).toEqual(okWith('黔作登字-2023-A-00854088'));
  });

  it('accepts other dashes, no dashes, spaces, lower-case letter', () => {
    expect(validateCopyrightNumber('国作登字—2021—L—00268255')).toEqual(okWith('国作登字-2021-L-00268255'));
    expect(validateCopyrightNumber('国作登字2021L00268255')).toEqual(okWith('国作登字-2021-L-00268255'));
    expect(validateCopyrightNumber(' 国作登字 - 2021 - l - 00268255 ')).toEqual(
      okWith('国作登字-2021-L-00268255')
    );
    expect(validateCopyrightNumber('国作登字－2021－F－00012345')).toEqual(
      okWith('国作登字-2021-F-00012345')
    );
    expect(validateCopyrightNumber('渝作登字-2020-A-00123456')).toEqual(okWith('渝作登字-2020-A-00123456'));
  });

  it('rejects malformed numbers and impossible years', () => {
    expect(validateCopyrightNumber('国作登字-2021-L-0026825')).toEqual(err('format'));
    expect(validateCopyrightNumber('国作登字-2021-00268255')).toEqual(err('format'));
    expect(validateCopyrightNumber('作登字-2021-L-00268255')).toEqual(err('format'));
    expect(validateCopyrightNumber('国作登-2021-L-00268255')).toEqual(err('format'));
    expect(validateCopyrightNumber('ABC作登字-2021-L-00268255')).toEqual(err('format'));
    expect(validateCopyrightNumber('国作登字-1921-L-00268255')).toEqual(err('year'));
    expect(validateCopyrightNumber('')).toEqual(err('empty'));
  });
});

describe('validateIcLayoutNumber (集成电路布图设计登记号)', () => {
  it('accepts a real registration number', () => {
    // "布图设计登记号：BS.185559220" quoted in a public scraper of CNIPA's layout-design announcements
    // (sipo.gov.cn/jcdlzyqgg). Check as for patent numbers:
    //   1×2 + 8×3 + 5×4 + 5×5 + 5×6 + 9×7 + 2×8 + 2×9 = 198;  198 mod 11 = 0 → '0' ✓
    expect(validateIcLayoutNumber('BS.185559220')).toEqual(okWith('BS.185559220'));
    expect(validateIcLayoutNumber('bs 18555922.0')).toEqual(okWith('BS.185559220'));
    expect(validateIcLayoutNumber('185559220')).toEqual(okWith('BS.185559220'));
    expect(validateIcLayoutNumber('BS．18555922．0')).toEqual(okWith('BS.185559220'));
  });

  it('rejects a wrong check digit and malformed numbers', () => {
    expect(validateIcLayoutNumber('BS.185559221')).toEqual(err('checksum'));
    expect(validateIcLayoutNumber('BS.18555922')).toEqual(err('format'));
    expect(validateIcLayoutNumber('BS.1855592200')).toEqual(err('format'));
    expect(validateIcLayoutNumber('BX.185559220')).toEqual(err('format'));
    expect(validateIcLayoutNumber('')).toEqual(err('empty'));
  });
});

describe('validateGiIdentifier', () => {
  it('accepts any non-blank text up to 60 characters', () => {
    expect(validateGiIdentifier(' AGI01234 ')).toEqual(okWith('AGI01234'));
    expect(validateGiIdentifier('第  12345678 号')).toEqual(okWith('第 12345678 号'));
    expect(validateGiIdentifier('字'.repeat(60))).toEqual(okWith('字'.repeat(60)));
  });

  it('rejects blank and over-long input', () => {
    expect(validateGiIdentifier('')).toEqual(err('empty'));
    expect(validateGiIdentifier(' \u3000 ')).toEqual(err('empty'));
    expect(validateGiIdentifier('字'.repeat(61))).toEqual(err('format'));
  });
});

describe('validateAssetIdentifier', () => {
  it('dispatches on the asset type', () => {
    expect(validateAssetIdentifier('invention', 'ZL201810557067.3')).toEqual(okWith('201810557067.3'));
    expect(validateAssetIdentifier('utility', 'ZL201810557067.3')).toEqual(err('type_mismatch'));
    expect(validateAssetIdentifier('utility', 'ZL200920182473.2')).toEqual(okWith('200920182473.2'));
    expect(validateAssetIdentifier('design', 'CN201730033448.8')).toEqual(okWith('201730033448.8'));
    expect(validateAssetIdentifier('design', 'ZL97248479.5')).toEqual(err('type_mismatch'));
    expect(validateAssetIdentifier('trademark', '第7199523号')).toEqual(okWith('7199523'));
    expect(validateAssetIdentifier('software', '2022sr1480776')).toEqual(okWith('2022SR1480776'));
    expect(validateAssetIdentifier('copyright', '国作登字2021L00268255')).toEqual(
      okWith('国作登字-2021-L-00268255')
    );
    expect(validateAssetIdentifier('ic_layout', 'BS.185559220')).toEqual(okWith('BS.185559220'));
    expect(validateAssetIdentifier('gi', 'AGI01234')).toEqual(okWith('AGI01234'));
    // A trademark number is not a software registration number, and vice versa.
    expect(validateAssetIdentifier('software', '7199523')).toEqual(err('format'));
    expect(validateAssetIdentifier('trademark', '2022SR1480776')).toEqual(err('format'));
  });

  it('reports blank input as empty for every type', () => {
    for (const t of ASSET_TYPES) {
      expect(validateAssetIdentifier(t, '')).toEqual(err('empty'));
      expect(validateAssetIdentifier(t, ' \t ')).toEqual(err('empty'));
    }
  });
});

describe('robustness', () => {
  const validators: ((s: string) => IdCheck)[] = [
    validateUscc,
    (s) => validatePatentNumber(s),
    (s) => validatePatentNumber(s, 'design'),
    validateTrademarkNumber,
    validateSoftwareCopyrightNumber,
    validateCopyrightNumber,
    validateIcLayoutNumber,
    validateGiIdentifier,
    ...ASSET_TYPES.map((t) => (s: string) => validateAssetIdentifier(t, s))
  ];
  const nasty = [
    '',
    '.',
    'ZL.',
    'X',
    '\uD800',
    '\uFFFF'.repeat(3),
    '💥'.repeat(100),
    'a'.repeat(100_000),
    '9'.repeat(5000),
    'null',
    '__proto__',
    'constructor',
    '<script>alert(1)</script>',
    '\u0000\u0001',
    '國作登字-2021-L-00268255',
    '－－－',
    '第号第号'
  ];

  it('never throws and always answers a well-formed IdCheck', () => {
    for (const v of validators) {
      for (const s of nasty) {
        const r = v(s);
        if (r.ok) expect(typeof r.normalized).toBe('string');
        else expect(['empty', 'format', 'checksum', 'type_mismatch', 'year']).toContain(r.code);
      }
      // Non-string input from untyped callers is treated as blank, not as a crash.
      expect(v(undefined as unknown as string)).toEqual(err('empty'));
      expect(v(null as unknown as string)).toEqual(err('empty'));
      expect(v(12345 as unknown as string)).toEqual(err('empty'));
    }
  });
});
