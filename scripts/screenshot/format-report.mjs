// Turns what the pages measured into the plain-text report that screenshot-reports.mjs prints.
const SHORT = 70;

/** The lines that describe one page's measurements. */
export function describePage(page) {
  const { measured } = page;
  const lines = [`${page.lang} ${page.kind}: ${page.name}; text column ${measured.columnWidth} px`];
  for (const item of measured.overflows) {
    const what = item.tag === 'article' ? 'the page itself' : `${item.tag} in "${item.section}"`;
    const text = item.text ? ` [${shorten(item.text)}]` : '';
    lines.push(`  OVERFLOW  ${what}${text}: ${item.width} px wide, column ${measured.columnWidth} px; ${item.reasons.join(', ')}`);
  }
  for (const item of measured.oversizedImages) {
    lines.push(`  OVERFLOW  image ${item.src} in "${item.section}": ${item.naturalWidth} px wide, shrunk to ${item.shownWidth} px`);
  }
  for (const item of measured.overlaps) {
    lines.push(`  OVERLAP   ${item.image}: "${shorten(item.first)}" and "${shorten(item.second)}"`);
  }
  for (const item of measured.squeezedHeaders) {
    lines.push(`  SQUEEZED  header "${shorten(item.text)}" in "${item.section}": ${item.width} px wide, ${item.lines} lines`);
  }
  for (const src of page.missingImages) lines.push(`  MISSING   image ${src}: no such file`);
  if (page.mermaidBlocks > 0) lines.push(`  NOTE      ${page.mermaidBlocks} mermaid block(s) not rendered (GitHub draws them)`);
  if (problemsOf(page) === 0) lines.push('  ok: no overflow, no overlapping labels');
  if (page.screenshot) {
    const { file, height, cut } = page.screenshot;
    const extent = cut ? `top ${height} px of ${measured.documentHeight} px` : `whole page, ${height} px`;
    lines.push(`  screenshot ${file} (${extent})`);
  }
  return lines;
}

/** Overflows and overlaps: what makes the check fail. */
export function problemsOf(page) {
  const { overflows, oversizedImages, overlaps } = page.measured;
  return overflows.length + oversizedImages.length + overlaps.length;
}

function shorten(text) {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > SHORT ? `${flat.slice(0, SHORT - 1)}…` : flat;
}
