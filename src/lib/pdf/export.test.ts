import { describe, expect, it } from 'vitest';
import { inWeChat, safeFileName } from './export';

describe('the exported file name', () => {
  it('keeps Chinese, the date and .pdf; drops path separators, reserved and invisible characters', () => {
    expect(safeFileName('知融自测-深圳市知融科技有限公司-2026-11-22.pdf')).toBe(
      '知融自测-深圳市知融科技有限公司-2026-11-22.pdf'
    );
    // "/" and ":" would make a folder or fail on Windows; U+202E would reverse how the name reads.
    expect(safeFileName('知融自测-A/B:C\u202Efdp.exe-2026-11-22.pdf')).toBe(
      '知融自测-A_B_Cfdp.exe-2026-11-22.pdf'
    );
    expect(safeFileName('..\u0000\u2068 \u2069.pdf')).toBe('summary.pdf');
  });
  it('is at most 120 characters before .pdf', () => {
    expect(safeFileName(`${'长'.repeat(300)}.pdf`)).toBe(`${'长'.repeat(120)}.pdf`);
  });
});

describe('WeChat', () => {
  it('is told apart by MicroMessenger in the user agent', () => {
    expect(
      inWeChat(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN'
      )
    ).toBe(true);
    expect(
      inWeChat('Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36')
    ).toBe(false);
  });
});
