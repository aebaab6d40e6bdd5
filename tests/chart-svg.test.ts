import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHART_LAYOUT,
  barWidthFor,
  chartHeight,
  cleanChartText,
  drawScoreChart,
  estimateTextWidth,
  fitText,
  legendLineCount,
  rowTop,
  type ChartRow,
  type ChartText,
} from '../action/src/core/render/chart-svg.js';

const EN: ChartText = {
  title: 'Vendor comparison',
  legendLower: 'Score that ranks',
  legendRange: 'Could still reach',
  legendScore: 'Score over what is known',
  knockedOut: 'Knocked out',
  insufficientData: 'Insufficient data',
  axis: 'Score (0–100)',
};

const ZH: ChartText = {
  title: '供应商对比',
  legendLower: '排名所用得分',
  legendRange: '仍可达到',
  legendScore: '已知部分得分',
  knockedOut: '已淘汰',
  insufficientData: '数据不足',
  axis: '得分（0–100）',
};

function row(overrides: Partial<ChartRow> = {}): ChartRow {
  return { name: 'Vendor', rank: 1, standing: 'ranked', lower: 72.4, upper: 90, score: 80, ...overrides };
}

const CJK_300 = '云'.repeat(150) + '课堂'.repeat(75);
const HOSTILE_NAMES = ['</text><script>alert(1)</script>', `a&b"c'<d>`, '\u202Eevil', 'line\nbreak', CJK_300];

function hostileChart(): string {
  return drawScoreChart({
    rows: [
      ...HOSTILE_NAMES.map((name, index) => row({ name, rank: index + 1 })),
      row({ name: 'Out', rank: null, standing: 'knocked-out', lower: 40, upper: 60, score: 55 }),
      row({ name: 'Thin', rank: null, standing: 'insufficient-data', lower: 10, upper: 95, score: 70 }),
    ],
    text: EN,
    language: 'en',
  });
}

/** Strict enough for this generator: tags nest and close in order, attributes are quoted, text holds no markup. */
function expectWellFormed(svg: string): void {
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[A-Za-z_:][\w:.-]*="[^"<]*")*)\s*(\/?)>/y;
  const entity = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;
  let roots = 0;
  let index = 0;
  while (index < svg.length) {
    const character = svg[index];
    if (character === '<') {
      tag.lastIndex = index;
      const match = tag.exec(svg);
      if (!match) throw new Error(`malformed tag at ${index}: ${svg.slice(index, index + 60)}`);
      const [whole, closing, name, attributes = '', selfClosing] = match;
      for (const value of attributes.matchAll(/="([^"]*)"/g)) expect(value[1]).not.toMatch(/&(?!(?:amp|lt|gt|quot|apos);)/);
      if (closing) {
        expect(selfClosing).toBe('');
        expect(stack.pop(), `</${name}> at ${index}`).toBe(name);
      } else if (!selfClosing) {
        if (stack.length === 0) roots += 1;
        stack.push(name!);
      } else if (stack.length === 0) roots += 1;
      index += whole.length;
    } else if (character === '&') {
      entity.lastIndex = index;
      const match = entity.exec(svg);
      if (!match) throw new Error(`bare & at ${index}: ${svg.slice(index, index + 20)}`);
      index += match[0].length;
    } else {
      if (character === '>') throw new Error(`bare > at ${index}`);
      if (stack.length === 0) expect(character).toMatch(/\s/);
      index += 1;
    }
  }
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
}

interface Element {
  name: string;
  attributes: Record<string, string>;
  /** Text up to the next tag: the content of a <text> or <title>. */
  content: string;
}

function elements(svg: string, name?: string): Element[] {
  const found: Element[] = [];
  for (const match of svg.matchAll(/<([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"]*")*)\s*\/?>([^<]*)/g)) {
    const attributes = Object.fromEntries([...(match[2] ?? '').matchAll(/([\w:.-]+)="([^"]*)"/g)].map((pair) => [pair[1]!, pair[2]!]));
    if (name === undefined || match[1] === name) found.push({ name: match[1]!, attributes, content: match[3] ?? '' });
  }
  return found;
}

/** The groups, one per row, each as its own SVG fragment. */
function rowGroups(svg: string): string[] {
  return [...svg.matchAll(/<g class="row"[^>]*>[\s\S]*?<\/g>/g)].map((match) => match[0]);
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

const L = CHART_LAYOUT;

describe('drawScoreChart: the document', () => {
  it('is a 940 px wide standalone SVG with a viewBox, a white background and a generic font stack', () => {
    const svg = drawScoreChart({ rows: [row()], text: EN, language: 'en' });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const root = elements(svg, 'svg')[0]!;
    expect(root.attributes.width).toBe('940');
    expect(root.attributes.height).toBe(String(chartHeight(1, 1)));
    expect(root.attributes.viewBox).toBe(`0 0 940 ${chartHeight(1, 1)}`);
    expect(root.attributes['font-family']).toContain('system-ui');
    expect(root.attributes['font-family']).toContain("'Noto Sans CJK SC'");
    expect(root.attributes['font-family']?.endsWith('sans-serif')).toBe(true);
    const background = elements(svg, 'rect').find((rect) => rect.attributes.width === '940' && rect.attributes.y === '0');
    expect(background?.attributes.fill).toBe('#ffffff');
    expect(svg.endsWith('</svg>\n')).toBe(true);
  });

  it('has nothing GitHub would block in an image: no script, link, foreignObject, style import or outside reference', () => {
    for (const svg of [hostileChart(), drawScoreChart({ rows: [row()], text: ZH, language: 'zh-CN' })]) {
      expect(svg).not.toMatch(/<script/i);
      expect(svg).not.toMatch(/href/i);
      expect(svg).not.toMatch(/foreignObject/i);
      expect(svg).not.toMatch(/<style|@import|javascript:|<image|<use|<a[\s>]/i);
      expect(svg).not.toMatch(/\son\w+=/i);
      const ids = new Set(elements(svg).map((element) => element.attributes.id).filter(Boolean));
      const references = [...svg.matchAll(/url\(([^)]*)\)/g)].map((match) => match[1]!);
      expect(references.length).toBeGreaterThan(0);
      for (const reference of references) {
        expect(reference).toMatch(/^#[\w-]+$/);
        expect(ids.has(reference.slice(1))).toBe(true);
      }
    }
  });

  it('is well-formed: every tag closed in order, every & an entity, one root', () => {
    expectWellFormed(hostileChart());
    expectWellFormed(drawScoreChart({ rows: [row({ name: '云课堂 & <Co>' })], text: ZH, language: 'zh-CN' }));
    expectWellFormed(drawScoreChart({ rows: [], text: EN, language: 'en' }));
    expectWellFormed(drawScoreChart({ rows: [row()], text: { ...EN, title: '<T> & "t"', axis: "a'x" }, language: 'en' }));
  });

  it('marks the language of the texts', () => {
    expect(elements(drawScoreChart({ rows: [row()], text: ZH, language: 'zh-CN' }), 'svg')[0]?.attributes['xml:lang']).toBe('zh-CN');
    expect(elements(drawScoreChart({ rows: [row()], text: EN, language: 'en' }), 'svg')[0]?.attributes['xml:lang']).toBe('en');
  });

  it('gives the same bytes for the same input', () => {
    expect(hostileChart()).toBe(hostileChart());
    const rows = Array.from({ length: 30 }, (_, index) => row({ name: `V${index}`, lower: index * 3.33333, upper: 99.999, score: index * 2.5 }));
    expect(drawScoreChart({ rows, text: ZH, language: 'zh-CN' })).toBe(drawScoreChart({ rows: rows.map((r) => ({ ...r })), text: { ...ZH }, language: 'zh-CN' }));
  });

  it('prints every number with at most two decimals', () => {
    const rows = [row({ lower: 33.333333, upper: 66.666666, score: 12.3456789 }), row({ lower: 1 / 3, upper: 2 / 3, score: Math.PI })];
    const svg = drawScoreChart({ rows, text: EN, language: 'en' });
    for (const element of elements(svg)) {
      for (const [key, value] of Object.entries(element.attributes)) {
        if (['x', 'y', 'x1', 'x2', 'y1', 'y2', 'width', 'height'].includes(key)) expect(value, `${element.name} ${key}`).toMatch(/^-?\d+(?:\.\d{1,2})?$/);
      }
    }
    expect(svg).not.toMatch(/\d\.\d{3}/);
    expect(svg).not.toMatch(/NaN|Infinity|e[+-]\d/);
  });
});

describe('drawScoreChart: hostile names', () => {
  it('escapes markup in names, in the visible label and in the tooltip', () => {
    const svg = hostileChart();
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('</text><script>');
    expect(svg).toContain('<title>&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(svg).toContain('<title>a&amp;b&quot;c&apos;&lt;d&gt;</title>');
    expect(svg).not.toContain(`a&b"c'<d>`);
    const groups = rowGroups(svg);
    const label = elements(groups[0]!, 'text')[1]!;
    expect(label.content.startsWith('&lt;/text&gt;&lt;script&gt;')).toBe(true);
    expect(elements(groups[1]!, 'text')[1]?.content).toBe('a&amp;b&quot;c&apos;&lt;d&gt;');
  });

  it('removes bidirectional and invisible characters and shows line breaks as a space', () => {
    const svg = hostileChart();
    expect(svg).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u);
    expect(svg).not.toMatch(/[\u{e0000}-\u{e007f}]/u);
    expect(svg).toContain('<title>evil</title>');
    expect(svg).toContain('<title>line break</title>');
    expect(cleanChartText('a\u200bb\u2066c\u2069\ufeffd\u0007e\u0085f\r\ng\u{e0041}h\u009fi\u2028j')).toBe('abcde f ghi j');
    expect(cleanChartText('  many\n\n\nlines\t\there  ')).toBe('many lines here');
    expect(cleanChartText('lone \ud800 surrogate \uffff')).toBe('lone surrogate');
  });

  it('cuts a long CJK name with "…" to fit the name column, and keeps it whole in the tooltip', () => {
    const svg = hostileChart();
    const group = rowGroups(svg)[4]!;
    expect(group).toContain(`<title>${CJK_300}</title>`);
    const label = elements(group, 'text')[1]!.content;
    expect(label.endsWith('…')).toBe(true);
    expect(CJK_300.startsWith(label.slice(0, -1))).toBe(true);
    // 166 px at 12 px: 13 characters of 1 em and the ellipsis (0.55 em).
    expect(Array.from(label)).toHaveLength(14);
    expect(estimateTextWidth(label, L.fontSize)).toBeLessThanOrEqual(L.nameWidth);
  });
});

describe('text width estimate and fitting', () => {
  it('counts CJK and fullwidth characters as 1 em and others as 0.55 em', () => {
    expect(estimateTextWidth('abcdefghij', 12)).toBe(66);
    expect(estimateTextWidth('云课堂云课堂云课堂云', 12)).toBe(120);
    expect(estimateTextWidth('ＡＢＣ', 10)).toBe(30);
    expect(estimateTextWidth('にほんご한국', 10)).toBe(60);
    expect(estimateTextWidth('Agora 声网', 12)).toBe(63.6);
    expect(estimateTextWidth('', 12)).toBe(0);
  });

  it('fits a text with an ellipsis, or leaves it as it is when it fits', () => {
    expect(fitText('abcdefghij', 66, 12)).toBe('abcdefghij');
    expect(fitText('abcdefghijk', 66, 12)).toBe('abcdefghi…');
    expect(fitText('云课堂云课堂', 60, 12)).toBe('云课堂云…');
    expect(fitText('ab cd', 6.6 * 4, 12)).toBe('ab…');
    expect(fitText('abc', 3, 12)).toBe('');
    expect(fitText('😀😀😀', 30, 12)).toBe('😀…');
  });

  it('never lets a name label reach into the bars', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (name) => {
        const svg = drawScoreChart({ rows: [row({ name })], text: EN, language: 'en' });
        const label = elements(rowGroups(svg)[0]!, 'text')[1]!;
        const text = unescape(label.content);
        expect(Number(label.attributes.x)).toBe(L.nameX);
        expect(estimateTextWidth(text, L.fontSize)).toBeLessThanOrEqual(L.nameWidth);
        expect(L.nameX + L.nameWidth).toBeLessThan(L.barX);
        expect(text).toBe(fitText(text, L.nameWidth, L.fontSize));
      }),
      { numRuns: 200, seed: 20240601 },
    );
  });
});

describe('drawScoreChart: bars', () => {
  it('draws lower = 72.4 as a 434.4 px solid bar on the 600 px scale, the range after it and the score tick', () => {
    expect(L.barWidth).toBe(600);
    expect(barWidthFor(72.4)).toBe(434.4);
    const group = rowGroups(drawScoreChart({ rows: [row({ lower: 72.4, upper: 90, score: 80 })], text: EN, language: 'en' }))[0]!;
    const [lower] = elements(group, 'rect').filter((rect) => rect.attributes.class === 'lower');
    const [range] = elements(group, 'rect').filter((rect) => rect.attributes.class === 'range');
    expect(lower?.attributes).toMatchObject({ x: '220', width: '434.4', fill: '#1b5e9e' });
    expect(range?.attributes).toMatchObject({ x: '654.4', width: '105.6', fill: '#b6d4ef' });
    const tick = elements(group, 'line').find((line) => line.attributes.class === 'score');
    expect(tick?.attributes).toMatchObject({ x1: '700', x2: '700' });
    const value = elements(group, 'text').find((text) => text.attributes.class === 'value');
    expect(value?.content).toBe('72.4');
    expect(value?.attributes).toMatchObject({ x: '650.4', 'text-anchor': 'end', fill: '#ffffff' });
  });

  it('prints the value language-independently, and after the bar when the bar is too short for it', () => {
    const svg = drawScoreChart({ rows: [row({ lower: 2, upper: 3, score: 2.5 })], text: ZH, language: 'zh-CN' });
    const value = elements(rowGroups(svg)[0]!, 'text').find((text) => text.attributes.class === 'value');
    expect(value?.content).toBe('2.0');
    expect(value?.attributes.x).toBe('236');
    expect(value?.attributes['text-anchor']).toBeUndefined();
  });

  it('clamps numbers to 0-100, counts NaN as 0 and never draws a range below lower', () => {
    const rows = [
      row({ lower: Number.NaN, upper: Number.NaN, score: Number.NaN }),
      row({ lower: 150, upper: 200, score: 1000 }),
      row({ lower: -20, upper: 50, score: -5 }),
      row({ lower: 60, upper: 40, score: 50 }),
    ];
    const groups = rowGroups(drawScoreChart({ rows, text: EN, language: 'en' }));
    const value = (group: string) => elements(group, 'text').find((text) => text.attributes.class === 'value')?.content;
    const rects = (group: string, kind: string) => elements(group, 'rect').filter((rect) => rect.attributes.class === kind);
    const tickX = (group: string) => elements(group, 'line').find((line) => line.attributes.class === 'score')?.attributes.x1;
    expect(value(groups[0]!)).toBe('0.0');
    expect(rects(groups[0]!, 'lower')).toHaveLength(0);
    expect(rects(groups[0]!, 'range')).toHaveLength(0);
    expect(tickX(groups[0]!)).toBe('220');
    expect(value(groups[1]!)).toBe('100.0');
    expect(rects(groups[1]!, 'lower')[0]?.attributes.width).toBe('600');
    expect(rects(groups[1]!, 'range')).toHaveLength(0);
    expect(tickX(groups[1]!)).toBe('820');
    expect(value(groups[2]!)).toBe('0.0');
    expect(rects(groups[2]!, 'range')[0]?.attributes).toMatchObject({ x: '220', width: '300' });
    expect(tickX(groups[2]!)).toBe('220');
    expect(rects(groups[3]!, 'lower')[0]?.attributes.width).toBe('360');
    expect(rects(groups[3]!, 'range')).toHaveLength(0);
  });

  it('shows the rank, or "–" for a vendor without one', () => {
    const groups = rowGroups(drawScoreChart({ rows: [row({ rank: 12 }), row({ rank: null, standing: 'knocked-out' })], text: EN, language: 'en' }));
    expect(elements(groups[0]!, 'text')[0]?.content).toBe('12');
    expect(elements(groups[1]!, 'text')[0]?.content).toBe('–');
  });

  it('gives knocked-out rows the grey, hatched style, their score tick and the knocked-out text', () => {
    const group = rowGroups(hostileChart())[5]!;
    expect(group).toContain('data-standing="knocked-out"');
    const texts = elements(group, 'text');
    expect(texts.find((text) => text.attributes.class === 'status')?.content).toBe('Knocked out');
    expect(texts.find((text) => text.attributes.class === 'status')?.attributes.x).toBe(String(L.statusX));
    expect(elements(group, 'rect').find((rect) => rect.attributes.class === 'lower')?.attributes.fill).toBe('#6e7781');
    expect(elements(group, 'rect').find((rect) => rect.attributes.class === 'range')?.attributes.fill).toBe('url(#vr-chart-hatch)');
    expect(elements(group, 'line').filter((line) => line.attributes.class === 'score')).toHaveLength(1);
    expect(group).not.toContain('Insufficient data');
  });

  it('draws insufficient-data rows in outline only, with their text and never a score tick', () => {
    const group = rowGroups(hostileChart())[6]!;
    expect(group).toContain('data-standing="insufficient-data"');
    expect(elements(group, 'line').filter((line) => line.attributes.class === 'score')).toHaveLength(0);
    const lower = elements(group, 'rect').find((rect) => rect.attributes.class === 'lower');
    expect(lower?.attributes).toMatchObject({ fill: '#ffffff', stroke: '#1b5e9e', width: '60' });
    expect(elements(group, 'rect').find((rect) => rect.attributes.class === 'range')?.attributes.fill).toBe('none');
    expect(elements(group, 'text').find((text) => text.attributes.class === 'status')?.content).toBe('Insufficient data');
    expect(elements(group, 'text').find((text) => text.attributes.class === 'value')?.attributes.fill).toBe('#1f2328');
  });

  it('leaves ranked rows without a status text and without a tick when there is no score', () => {
    const group = rowGroups(drawScoreChart({ rows: [row({ score: null })], text: EN, language: 'en' }))[0]!;
    expect(elements(group, 'text').filter((text) => text.attributes.class === 'status')).toHaveLength(0);
    expect(elements(group, 'line')).toHaveLength(0);
  });
});

describe('drawScoreChart: layout', () => {
  it('lays 100 rows out 24 px apart, without overlap, in a document of the expected height', () => {
    const rows = Array.from({ length: 100 }, (_, index) => row({ name: `Vendor ${index + 1}`, rank: index + 1, lower: 100 - index, upper: 100, score: 100 - index / 2 }));
    const svg = drawScoreChart({ rows, text: EN, language: 'en' });
    expect(legendLineCount(EN)).toBe(1);
    expect(chartHeight(100, 1)).toBe(2538);
    expect(elements(svg, 'svg')[0]?.attributes.height).toBe('2538');
    const groups = rowGroups(svg);
    expect(groups).toHaveLength(100);
    const tops = groups.map((group) => Number(elements(group, 'rect').find((rect) => rect.attributes.class === 'row-area')?.attributes.y));
    expect(tops[0]).toBe(92);
    expect(tops[0]).toBe(rowTop(0, 1));
    for (let index = 1; index < tops.length; index += 1) expect(tops[index]! - tops[index - 1]!).toBe(L.rowHeight);
    expect(tops.at(-1)! + L.rowHeight).toBeLessThan(2538);
    for (const [index, group] of groups.entries()) {
      const top = tops[index]!;
      for (const rect of elements(group, 'rect')) {
        expect(Number(rect.attributes.y)).toBeGreaterThanOrEqual(top);
        expect(Number(rect.attributes.y) + Number(rect.attributes.height)).toBeLessThanOrEqual(top + L.rowHeight);
      }
      for (const line of elements(group, 'line')) {
        expect(Number(line.attributes.y1)).toBeGreaterThanOrEqual(top);
        expect(Number(line.attributes.y2)).toBeLessThanOrEqual(top + L.rowHeight);
      }
      for (const text of elements(group, 'text')) {
        // Baseline 4 px below the middle: a 12 px text sits inside its row.
        expect(Number(text.attributes.y)).toBe(top + 16);
      }
    }
  });

  it('puts the title above the legend, the legend above the axis numbers and those above the rows', () => {
    const svg = drawScoreChart({ rows: [row()], text: EN, language: 'en' });
    const texts = elements(svg, 'text');
    const title = texts.find((text) => text.content === 'Vendor comparison')!;
    const legend = texts.filter((text) => ['Score that ranks', 'Could still reach', 'Score over what is known'].includes(text.content));
    const axisTop = texts.filter((text) => ['0', '25', '50', '75', '100'].includes(text.content));
    expect(legend).toHaveLength(3);
    expect(axisTop).toHaveLength(10);
    const rowTopY = rowTop(0, 1);
    expect(Number(title.attributes.y)).toBeLessThan(L.legendTop);
    for (const text of legend) {
      expect(Number(text.attributes.y)).toBeGreaterThan(L.legendTop);
      expect(Number(text.attributes.y)).toBeLessThanOrEqual(L.legendTop + L.legendLineHeight);
    }
    const [above, below] = [axisTop.filter((text) => Number(text.attributes.y) < rowTopY), axisTop.filter((text) => Number(text.attributes.y) > rowTopY)];
    expect(above.map((text) => text.attributes.x)).toEqual(['220', '370', '520', '670', '820']);
    expect(below).toHaveLength(5);
    for (const text of above) expect(Number(text.attributes.y)).toBeGreaterThan(L.legendTop + L.legendLineHeight + 8);
    expect(texts.find((text) => text.content === 'Score (0–100)')?.attributes).toMatchObject({ x: '520', 'text-anchor': 'middle' });
  });

  it('keeps legend items apart, wrapping them onto a second line when the texts are long', () => {
    const long: ChartText = { ...EN, legendLower: 'L'.repeat(60), legendRange: 'R'.repeat(60), legendScore: 'S'.repeat(60), knockedOut: 'K'.repeat(60), insufficientData: 'I'.repeat(60) };
    expect(legendLineCount(long)).toBeGreaterThan(1);
    const svg = drawScoreChart({ rows: [row()], text: long, language: 'en' });
    expect(elements(svg, 'svg')[0]?.attributes.height).toBe(String(chartHeight(1, legendLineCount(long))));
    for (const text of [EN, ZH, long]) {
      const chart = drawScoreChart({ rows: [row()], text, language: 'en' });
      const legendTexts = elements(chart, 'text').filter((element) => {
        const y = Number(element.attributes.y);
        return y > L.legendTop && y < rowTop(0, legendLineCount(text)) - L.axisNumbersHeight;
      });
      expect(legendTexts).toHaveLength(5);
      const spans = legendTexts.map((element) => ({ y: element.attributes.y, from: Number(element.attributes.x), to: Number(element.attributes.x) + estimateTextWidth(unescape(element.content), L.legendFontSize) }));
      for (const span of spans) expect(span.to).toBeLessThanOrEqual(L.width - L.padding);
      for (const [index, a] of spans.entries()) {
        for (const b of spans.slice(index + 1)) if (a.y === b.y) expect(a.to <= b.from - L.legendSwatch || b.to <= a.from - L.legendSwatch).toBe(true);
      }
    }
  });

  it('draws only the title and the axis without rows', () => {
    const svg = drawScoreChart({ rows: [], text: EN, language: 'en' });
    expect(rowGroups(svg)).toHaveLength(0);
    const texts = elements(svg, 'text').map((text) => text.content);
    expect(texts).toEqual(['Vendor comparison', '0', '0', '25', '25', '50', '50', '75', '75', '100', '100', 'Score (0–100)']);
    expect(elements(svg, 'svg')[0]?.attributes.height).toBe(String(chartHeight(0, 0)));
    expect(svg).not.toContain('Knocked out');
  });
});
