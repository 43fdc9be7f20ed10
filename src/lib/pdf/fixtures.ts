/** A summary model for tests (only *.test.ts import this): `n` assets with real-looking numbers. */
import type { SummaryModel } from './model';

export function summaryFixture(n: number): SummaryModel {
  const assets = Array.from({ length: n }, (_, i) => [
    '发明专利',
    `2018105570${String(i).padStart(2, '0')}.3`,
    i === 0
      ? '一种基于深度学习的数据压缩方法及其在工业物联网网关中的应用，含很长的名称以测试换行是否正常'
      : `一种数据压缩方法 ${i + 1}`,
    '有效',
    '11.5 年',
    '100.00–300.00（200.00）',
    '50.00',
    i % 5 === 4 ? '年费已逾期' : ''
  ]);
  return {
    lang: 'zh-CN',
    title: '知识产权融资预申请摘要',
    disclaimer: '本摘要是融资准备用的估算，不是资产评估报告，也不是银行的授信结论。',
    generatedOn: '生成日期 2026-11-22',
    header: [
      { label: '企业名称', value: '深圳市知融科技有限公司' },
      { label: '统一社会信用代码', value: '914403001922038216' },
      { label: '所在地区', value: '广东省 深圳市南山区' }
    ],
    sections: [
      {
        kind: 'table',
        title: '知识产权清单',
        columns: [
          { title: '类型', width: 40 },
          { title: '号码', width: 70 },
          { title: '名称', width: '*' },
          { title: '状态', width: 28 },
          { title: '剩余期限', width: 36 },
          { title: '估值区间（万元）', width: 70, align: 'right' },
          { title: '可质押（万元）', width: 42, align: 'right' },
          { title: '障碍', width: 44 }
        ],
        rows: assets
      },
      {
        kind: 'facts',
        title: '合计',
        facts: [{ label: '可质押价值合计', value: `${(50 * n).toFixed(2)} 万元` }]
      },
      { kind: 'list', title: '下一步', items: ['在 2027-03-30 前补缴专利年费'] },
      {
        kind: 'bars',
        title: '综合年化成本比较',
        bars: [
          { label: '银行知识产权质押贷款', value: 0.0624, text: '6.24%' },
          { label: '贷款模式 ABS', value: 0.047, text: '4.70%' }
        ]
      },
      {
        kind: 'list',
        title: '政策依据',
        items: [
          '北京 2023 贴息：≤ 50%，上限 30 万元/年，来源 https://patent.gbicom.cn/news/6269，2023-10-01 起'
        ]
      }
    ],
    footer: '引擎 0.3.0 · 估值默认值 2025-06-01.2 · 政策数据 2026-11-22.1',
    pageLabel: '第 {page} / {pages} 页'
  };
}
