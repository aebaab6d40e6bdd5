// The comparison's chart as a standalone SVG document (reports/chart.svg), which the report embeds as an image.
// GitHub shows it through <img>, so the document is self-contained: no script, no link, no external reference,
// no foreignObject, no CSS import; the only url() references are the document's own pattern and clip path.
// Vendor names come from untrusted files: every text is stripped of invisible characters, kept on one line,
// escaped for XML and cut to fit its column by an estimate of its width (a clip path backs the estimate up), so
// that no text ever covers another. The layout is computed from the input alone: same input, same bytes.
import { INVISIBLE } from '../text/invisible.js';
import type { Language } from '../types/rubric.js';

export interface ChartRow {
  /** Vendor name, from data: any Unicode. */
  name: string;
  /** null for vendors not ranked. */
  rank: number | null;
  standing: 'ranked' | 'insufficient-data' | 'knocked-out';
  /** 0-100, what ranks. */
  lower: number;
  /** 0-100. */
  upper: number;
  /** Score over what is known, 0-100: a tick for ranked and knocked-out rows, never for insufficient-data. */
  score: number | null;
}

/** All fixed text, already translated by the caller. */
export interface ChartText {
  title: string;
  legendLower: string;
  legendRange: string;
  legendScore: string;
  knockedOut: string;
  insufficientData: string;
  /** The axis label, e.g. "Score (0–100)". */
  axis: string;
}

export interface ChartInput {
  rows: readonly ChartRow[];
  text: ChartText;
  language: Language;
}

/** Every size and position of the chart, in px (user units: the viewBox is the size). */
export const CHART_LAYOUT = {
  width: 940,
  padding: 12,
  titleFontSize: 18,
  titleBaseline: 30,
  legendTop: 48,
  legendLineHeight: 20,
  legendFontSize: 12,
  legendSwatch: 12,
  /** Between a swatch and its text, and after an item's text. */
  legendSwatchGap: 6,
  legendItemGap: 20,
  /** From the legend's end (or the title's, without rows) to the top axis numbers. */
  axisTopGap: 6,
  axisFontSize: 11,
  /** Height of the line of axis numbers above the rows. */
  axisNumbersHeight: 18,
  rowHeight: 24,
  barHeight: 14,
  tickHeight: 20,
  fontSize: 12,
  valueFontSize: 11,
  statusFontSize: 11,
  /** Rank column: the number ends (right-aligned) at rankEnd. */
  rankX: 12,
  rankEnd: 40,
  /** Name column: from nameX, at most nameWidth wide, then a gap before the bars. */
  nameX: 46,
  nameWidth: 166,
  barX: 220,
  barWidth: 600,
  /** Status column (knocked out, insufficient data), right of the bars. */
  statusX: 828,
  statusWidth: 110,
  /** Below the rows: the axis numbers' baseline, the axis label's baseline, and the document's end. */
  bottomNumbersBaseline: 16,
  bottomLabelBaseline: 36,
  bottomHeight: 46,
} as const;

const L = CHART_LAYOUT;

export const CHART_FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** Colour-blind safe on white: blue and light blue, a near-black tick, grey for knocked out. */
const COLOURS = {
  background: '#ffffff',
  text: '#1f2328',
  muted: '#59636e',
  grid: '#d1d9e0',
  axis: '#818b98',
  stripe: '#f6f8fa',
  lower: '#1b5e9e',
  range: '#b6d4ef',
  rangeStroke: '#6f9fcf',
  tick: '#111827',
  knockedLower: '#6e7781',
  knockedHatchBack: '#e6e8eb',
  knockedHatchLine: '#8c959f',
  onBar: '#ffffff',
} as const;

const GRID_VALUES = [0, 25, 50, 75, 100] as const;
const ELLIPSIS = '…';
const NO_RANK = '–';
const HATCH_ID = 'vr-chart-hatch';
const NAME_CLIP_ID = 'vr-chart-name-clip';

/**
 * Characters about 1 em wide: CJK ideographs, kana, Hangul, fullwidth forms, CJK punctuation and most emoji.
 * Everything else counts as 0.55 em.
 */
const WIDE =
  /[\u1100-\u115f\u231a\u231b\u2329\u232a\u2600-\u27bf\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\u{1f000}-\u{1faff}\u{20000}-\u{3fffd}]/u;

/** Line breaks and tabs of every kind: a text stays on its line. */
const LINE_BREAKS = /(?:\r\n|[\t\n\v\f\r\u0085\u2028\u2029])+/g;
/** What XML 1.0 cannot hold at all: lone surrogates, U+FFFE and U+FFFF. */
const NOT_XML = /[\p{Cs}\ufffe\uffff]/gu;
const SPACES = / {2,}/g;
const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** One line of plain text: line breaks as spaces, invisible and bidirectional controls removed. */
export function cleanChartText(value: string): string {
  return String(value ?? '')
    .replace(LINE_BREAKS, ' ')
    .replace(INVISIBLE, '')
    .replace(NOT_XML, '')
    .replace(SPACES, ' ')
    .trim();
}

/** Text made safe as XML character data or an attribute value. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => XML_ESCAPES[character] ?? character);
}

/** Width in hundredths of an em: exact integers, so that sums do not drift. */
function widthUnits(text: string): number {
  let hundredths = 0;
  for (const character of text) hundredths += WIDE.test(character) ? 100 : 55;
  return hundredths;
}

/** Estimated width in px: CJK and fullwidth characters 1 em, every other character 0.55 em. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return (widthUnits(text) * fontSize) / 100;
}

/** The text, or its longest start that fits with "…" after it; by code points, never inside a surrogate pair. */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const ellipsis = widthUnits(ELLIPSIS);
  if ((ellipsis * fontSize) / 100 > maxWidth) return '';
  let kept = '';
  let units = ellipsis;
  for (const character of text) {
    const next = units + widthUnits(character);
    if ((next * fontSize) / 100 > maxWidth) break;
    kept += character;
    units = next;
  }
  return `${kept.trimEnd()}${ELLIPSIS}`;
}

/** 0-100; NaN counts as 0. */
export function clampScore(value: number | null | undefined): number {
  const number = typeof value === 'number' ? value : Number(value);
  if (Number.isNaN(number)) return 0;
  return Math.min(100, Math.max(0, number));
}

/** A coordinate: at most two decimals, no exponent, no negative zero. */
function px(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Horizontal position of a score on the bar axis. */
export function scoreToX(value: number): number {
  return L.barX + (clampScore(value) * L.barWidth) / 100;
}

/** Width of a bar from 0 to `value`, rounded to two decimals as it is printed. */
export function barWidthFor(value: number): number {
  return Math.round(((clampScore(value) * L.barWidth) / 100) * 100) / 100;
}

interface LegendItem {
  swatch: 'lower' | 'range' | 'tick' | 'knocked-out' | 'insufficient-data';
  text: string;
}

interface PlacedLegendItem extends LegendItem {
  x: number;
  line: number;
}

function legendItems(text: ChartText): LegendItem[] {
  return [
    { swatch: 'lower', text: cleanChartText(text.legendLower) },
    { swatch: 'range', text: cleanChartText(text.legendRange) },
    { swatch: 'tick', text: cleanChartText(text.legendScore) },
    { swatch: 'knocked-out', text: cleanChartText(text.knockedOut) },
    { swatch: 'insufficient-data', text: cleanChartText(text.insufficientData) },
  ];
}

/** How many lines the legend takes with these texts (it wraps when they do not fit on one). */
export function legendLineCount(text: ChartText): number {
  return placeLegend(legendItems(text)).lines;
}

/** Legend items left to right, wrapped onto further lines when a line is full; each text cut to fit a line. */
function placeLegend(items: readonly LegendItem[]): { items: PlacedLegendItem[]; lines: number } {
  const left = L.padding;
  const right = L.width - L.padding;
  const textRoom = right - left - L.legendSwatch - L.legendSwatchGap;
  const placed: PlacedLegendItem[] = [];
  let line = 0;
  let x = left;
  for (const item of items) {
    const text = fitText(item.text, textRoom, L.legendFontSize);
    const width = L.legendSwatch + L.legendSwatchGap + estimateTextWidth(text, L.legendFontSize);
    if (x > left && x + width > right) {
      line += 1;
      x = left;
    }
    placed.push({ ...item, text, x, line });
    x += width + L.legendItemGap;
  }
  return { items: placed, lines: items.length === 0 ? 0 : line + 1 };
}

/** Top of the first row, given how many lines the legend takes (none without rows). */
export function rowsTop(legendLines: number): number {
  return L.legendTop + legendLines * L.legendLineHeight + L.axisTopGap + L.axisNumbersHeight;
}

/** Height of the document for so many rows and legend lines. */
export function chartHeight(rowCount: number, legendLines: number): number {
  return rowsTop(legendLines) + rowCount * L.rowHeight + L.bottomHeight;
}

/** Top of row `index` (0-based). */
export function rowTop(index: number, legendLines: number): number {
  return rowsTop(legendLines) + index * L.rowHeight;
}

function textElement({ x, y }: { x: number; y: number }, content: string, attributes: string): string {
  return `<text x="${px(x)}" y="${px(y)}"${attributes}>${escapeXml(content)}</text>`;
}

function rect({ x, y, width, height }: { x: number; y: number; width: number; height: number }, attributes: string): string {
  return `<rect x="${px(x)}" y="${px(y)}" width="${px(width)}" height="${px(height)}"${attributes}/>`;
}

function line({ x1, y1, x2, y2 }: { x1: number; y1: number; x2: number; y2: number }, attributes: string): string {
  return `<line x1="${px(x1)}" y1="${px(y1)}" x2="${px(x2)}" y2="${px(y2)}"${attributes}/>`;
}

function rankLabel(rank: number | null): string {
  if (typeof rank !== 'number' || !Number.isFinite(rank)) return NO_RANK;
  return String(Math.trunc(rank));
}

function legendSwatch(item: PlacedLegendItem, top: number): string[] {
  const y = top + (L.legendLineHeight - L.legendSwatch) / 2;
  const size = L.legendSwatch;
  switch (item.swatch) {
    case 'lower':
      return [rect({ x: item.x, y, width: size, height: size }, ` fill="${COLOURS.lower}"`)];
    case 'range':
      return [rect({ x: item.x, y, width: size, height: size }, ` fill="${COLOURS.range}" stroke="${COLOURS.rangeStroke}" stroke-width="1"`)];
    case 'tick':
      return [line({ x1: item.x + size / 2, y1: y - 2, x2: item.x + size / 2, y2: y + size + 2 }, ` stroke="${COLOURS.tick}" stroke-width="2"`)];
    case 'knocked-out':
      return [rect({ x: item.x, y, width: size, height: size }, ` fill="url(#${HATCH_ID})" stroke="${COLOURS.knockedLower}" stroke-width="1"`)];
    case 'insufficient-data':
      return [rect({ x: item.x + 0.5, y: y + 0.5, width: size - 1, height: size - 1 }, ` fill="${COLOURS.background}" stroke="${COLOURS.lower}" stroke-width="1" stroke-dasharray="3 2"`)];
  }
}

function drawRow({ row, index, top, text }: { row: ChartRow; index: number; top: number; text: ChartText }): string[] {
  const name = cleanChartText(row.name);
  const middle = top + L.rowHeight / 2;
  const barTop = middle - L.barHeight / 2;
  const baseline = middle + 4;
  const standing = row.standing === 'knocked-out' || row.standing === 'insufficient-data' ? row.standing : 'ranked';
  const lower = clampScore(row.lower);
  const upper = Math.max(lower, clampScore(row.upper));
  const lowerWidth = barWidthFor(lower);
  const rangeX = L.barX + lowerWidth;
  const rangeWidth = Math.max(0, barWidthFor(upper) - lowerWidth);

  const out: string[] = [`<g class="row" data-row="${index}" data-standing="${standing}">`, `<title>${escapeXml(name)}</title>`];
  // The whole row shows the tooltip, not only its texts and bars.
  out.push(rect({ x: 0, y: top, width: L.width, height: L.rowHeight }, ` class="row-area" fill="${COLOURS.background}" fill-opacity="0"`));
  out.push(
    textElement({ x: L.rankEnd, y: baseline }, fitText(rankLabel(row.rank), L.rankEnd - L.rankX, L.fontSize), ` text-anchor="end" font-size="${L.fontSize}" fill="${COLOURS.muted}"`),
  );
  out.push(
    textElement({ x: L.nameX, y: baseline }, fitText(name === '' ? NO_RANK : name, L.nameWidth, L.fontSize), ` font-size="${L.fontSize}" fill="${COLOURS.text}" clip-path="url(#${NAME_CLIP_ID})"`),
  );

  // What is unknown: lower to upper.
  if (rangeWidth > 0) {
    const rangeStyle =
      standing === 'knocked-out'
        ? ` fill="url(#${HATCH_ID})" stroke="${COLOURS.knockedHatchLine}" stroke-width="1"`
        : standing === 'insufficient-data'
          ? ` fill="none" stroke="${COLOURS.rangeStroke}" stroke-width="1" stroke-dasharray="3 2"`
          : ` fill="${COLOURS.range}" stroke="${COLOURS.rangeStroke}" stroke-width="1"`;
    out.push(rect({ x: rangeX, y: barTop, width: rangeWidth, height: L.barHeight }, ` class="range"${rangeStyle}`));
  }
  // What ranks: 0 to lower. Outline only for insufficient data.
  if (lowerWidth > 0) {
    const lowerStyle =
      standing === 'knocked-out'
        ? ` fill="${COLOURS.knockedLower}"`
        : standing === 'insufficient-data'
          ? ` fill="${COLOURS.background}" stroke="${COLOURS.lower}" stroke-width="1"`
          : ` fill="${COLOURS.lower}"`;
    out.push(rect({ x: L.barX, y: barTop, width: lowerWidth, height: L.barHeight }, ` class="lower"${lowerStyle}`));
  }
  // The value that ranks, inside the bar's end when it fits there, otherwise just after it.
  const value = lower.toFixed(1);
  const valueWidth = estimateTextWidth(value, L.valueFontSize);
  const inside = lowerWidth >= valueWidth + 8;
  const valueFill = inside && standing !== 'insufficient-data' ? COLOURS.onBar : COLOURS.text;
  out.push(
    inside
      ? textElement({ x: L.barX + lowerWidth - 4, y: baseline }, value, ` class="value" text-anchor="end" font-size="${L.valueFontSize}" fill="${valueFill}"`)
      : textElement({ x: L.barX + lowerWidth + 4, y: baseline }, value, ` class="value" font-size="${L.valueFontSize}" fill="${valueFill}"`),
  );
  // The score over what is known: never for insufficient data.
  if (standing !== 'insufficient-data' && row.score !== null && row.score !== undefined) {
    const x = scoreToX(row.score);
    out.push(line({ x1: x, y1: middle - L.tickHeight / 2, x2: x, y2: middle + L.tickHeight / 2 }, ` class="score" stroke="${COLOURS.tick}" stroke-width="2"`));
  }
  if (standing !== 'ranked') {
    const status = standing === 'knocked-out' ? text.knockedOut : text.insufficientData;
    out.push(
      textElement({ x: L.statusX, y: baseline }, fitText(cleanChartText(status), L.statusWidth, L.statusFontSize), ` class="status" font-size="${L.statusFontSize}" fill="${COLOURS.muted}"`),
    );
  }
  out.push('</g>');
  return out;
}

/** The chart as a standalone SVG document, 940 px wide (GitHub's text column is 948), one row per vendor in the order given. */
export function drawScoreChart(input: ChartInput): string {
  const { rows, text, language } = input;
  const hasRows = rows.length > 0;
  // Without rows, only the title and the axis: the caller decides whether to embed the chart at all.
  const legend = hasRows ? placeLegend(legendItems(text)) : { items: [], lines: 0 };
  const top = rowsTop(legend.lines);
  const bottom = top + rows.length * L.rowHeight;
  const height = chartHeight(rows.length, legend.lines);
  const title = fitText(cleanChartText(text.title), L.width - 2 * L.padding, L.titleFontSize);
  const lang = language === 'zh-CN' ? 'zh-CN' : 'en';

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${L.width}" height="${px(height)}" viewBox="0 0 ${L.width} ${px(height)}" xml:lang="${lang}" role="img" aria-labelledby="vr-chart-title" font-family="${CHART_FONT_FAMILY}">`,
    `<title id="vr-chart-title">${escapeXml(cleanChartText(text.title))}</title>`,
    '<defs>',
    `<pattern id="${HATCH_ID}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">`,
    rect({ x: 0, y: 0, width: 6, height: 6 }, ` fill="${COLOURS.knockedHatchBack}"`),
    line({ x1: 0, y1: 0, x2: 0, y2: 6 }, ` stroke="${COLOURS.knockedHatchLine}" stroke-width="2"`),
    '</pattern>',
    `<clipPath id="${NAME_CLIP_ID}">`,
    rect({ x: L.nameX, y: 0, width: L.nameWidth, height }, ''),
    '</clipPath>',
    '</defs>',
    rect({ x: 0, y: 0, width: L.width, height }, ` fill="${COLOURS.background}"`),
    textElement({ x: L.padding, y: L.titleBaseline }, title, ` font-size="${L.titleFontSize}" font-weight="600" fill="${COLOURS.text}"`),
  ];

  for (const item of legend.items) {
    const lineTop = L.legendTop + item.line * L.legendLineHeight;
    out.push(...legendSwatch(item, lineTop));
    out.push(
      textElement({ x: item.x + L.legendSwatch + L.legendSwatchGap, y: lineTop + 14 }, item.text, ` font-size="${L.legendFontSize}" fill="${COLOURS.text}"`),
    );
  }

  // Back to front: every other row's stripe, the gridlines, then the rows' bars and texts.
  out.push('<g class="stripes">');
  for (let index = 1; index < rows.length; index += 2) out.push(rect({ x: 0, y: top + index * L.rowHeight, width: L.width, height: L.rowHeight }, ` fill="${COLOURS.stripe}"`));
  out.push('</g>', '<g class="grid">');
  for (const value of GRID_VALUES) {
    const x = scoreToX(value);
    out.push(line({ x1: x, y1: top - 2, x2: x, y2: bottom + 4 }, ` stroke="${value === 0 ? COLOURS.axis : COLOURS.grid}" stroke-width="1"`));
  }
  out.push('</g>');

  for (const [index, row] of rows.entries()) out.push(...drawRow({ row, index, top: top + index * L.rowHeight, text }));

  out.push('<g class="axis">');
  for (const value of GRID_VALUES) {
    const x = scoreToX(value);
    const label = String(value);
    out.push(textElement({ x, y: top - 6 }, label, ` text-anchor="middle" font-size="${L.axisFontSize}" fill="${COLOURS.muted}"`));
    out.push(textElement({ x, y: bottom + L.bottomNumbersBaseline }, label, ` text-anchor="middle" font-size="${L.axisFontSize}" fill="${COLOURS.muted}"`));
  }
  out.push(line({ x1: L.barX, y1: bottom, x2: L.barX + L.barWidth, y2: bottom }, ` stroke="${COLOURS.axis}" stroke-width="1"`));
  out.push(
    textElement({ x: L.barX + L.barWidth / 2, y: bottom + L.bottomLabelBaseline }, fitText(cleanChartText(text.axis), L.barWidth, L.fontSize), ` text-anchor="middle" font-size="${L.fontSize}" fill="${COLOURS.text}"`),
  );
  out.push('</g>', '</svg>');
  return `${out.join('\n')}\n`;
}
