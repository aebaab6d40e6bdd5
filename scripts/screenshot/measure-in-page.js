// Runs inside the page that scripts/screenshot-reports.mjs builds, in headless Chromium. After the page, its
// images and its fonts have loaded, it measures what a reader of the report on GitHub would see go wrong and
// writes the result as JSON into <pre id="measurements">, which Chromium's --dump-dom hands back to Node.
//
// - overflow: an element wider than the text column, so GitHub scrolls it sideways (a table or a code block)
//   or it sticks out past the column's right edge;
// - oversized SVG image: an SVG drawn wider than the column, which GitHub shrinks, text and all;
// - overlapping labels: two <text> elements of one SVG whose boxes cross (SVG images are measured from the
//   inline copies in #svg-probes, since an <img> hides its document);
// - squeezed header: a table header cell so narrow that its text stands one character per line.
(() => {
  const TOLERANCE = 0.5; // sub-pixel rounding is not an overflow
  const OVERLAP_MIN = 1; // glyph boxes include line gaps: labels must cross by more than a pixel
  const article = document.querySelector('article.markdown-body');

  window.addEventListener('load', async () => {
    await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
    await document.fonts.ready;
    document.getElementById('measurements').textContent = JSON.stringify(measure());
  });

  function measure() {
    const column = contentBox(article);
    return {
      columnWidth: round(column.right - column.left),
      documentHeight: document.documentElement.scrollHeight,
      overflows: findOverflows(column),
      oversizedImages: findOversizedImages(column),
      overlaps: findOverlaps(),
      squeezedHeaders: findSqueezedHeaders(),
    };
  }

  function findOverflows(column) {
    const found = [];
    const elements = [article, ...article.querySelectorAll('table, pre, img, svg')];
    for (const element of elements) {
      if (element.parentElement?.closest('svg')) continue; // drawn as part of an outer <svg>
      const reasons = [];
      const scroller = scrollContainerOf(element);
      if (scroller.scrollWidth > scroller.clientWidth && (scroller !== article || element === article)) {
        reasons.push('scrolls sideways');
      }
      if (element !== article && element.getBoundingClientRect().right > column.right + TOLERANCE) {
        reasons.push('sticks out past the column');
      }
      if (reasons.length === 0) continue;
      found.push({
        tag: element.tagName.toLowerCase(),
        section: sectionOf(element),
        text: firstLineOf(element),
        width: Math.max(scroller.scrollWidth, round(element.getBoundingClientRect().width)),
        reasons,
      });
    }
    return found;
  }

  function findOversizedImages(column) {
    const width = column.right - column.left;
    return [...article.querySelectorAll('img')]
      .filter((image) => /\.svg(?:[?#]|$)/i.test(image.getAttribute('src') ?? ''))
      .filter((image) => image.naturalWidth > width + TOLERANCE)
      .map((image) => ({
        src: image.getAttribute('src'),
        section: sectionOf(image),
        naturalWidth: image.naturalWidth,
        shownWidth: round(image.getBoundingClientRect().width),
      }));
  }

  function findOverlaps() {
    const found = [];
    const inline = [...article.querySelectorAll('svg')].filter((svg) => !svg.parentElement.closest('svg'));
    const probes = [...document.querySelectorAll('#svg-probes [data-src]')];
    const drawings = [
      ...inline.map((svg) => ({ name: `inline svg in "${sectionOf(svg)}"`, svg })),
      ...probes.map((probe) => ({ name: probe.dataset.src, svg: probe.querySelector('svg') })),
    ];
    for (const { name, svg } of drawings) {
      if (!svg) continue;
      const labels = [...svg.querySelectorAll('text')]
        .map((text) => ({ text: text.textContent.trim(), corners: cornersOf(text) }))
        .filter((label) => label.text !== '' && label.corners !== null);
      for (let i = 0; i < labels.length; i += 1) {
        for (let j = i + 1; j < labels.length; j += 1) {
          if (penetration(labels[i].corners, labels[j].corners) > OVERLAP_MIN) {
            found.push({ image: name, first: labels[i].text, second: labels[j].text });
          }
        }
      }
    }
    return found;
  }

  function findSqueezedHeaders() {
    const found = [];
    for (const cell of article.querySelectorAll('th')) {
      const style = getComputedStyle(cell);
      const fontSize = parseFloat(style.fontSize);
      const lineHeight = parseFloat(style.lineHeight) || fontSize * 1.5;
      const height = textHeightOf(cell); // the cell itself is as tall as the tallest cell of its row
      const width = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (height > 3 * lineHeight && width < 3 * fontSize) {
        found.push({
          section: sectionOf(cell),
          text: cell.textContent.trim(),
          width: round(width),
          lines: Math.round(height / lineHeight),
        });
      }
    }
    return found;
  }

  function textHeightOf(element) {
    const range = document.createRange();
    range.selectNodeContents(element);
    return range.getBoundingClientRect().height;
  }

  // The element that scrolls when this one is too wide: itself if its overflow scrolls (GitHub's tables and
  // code blocks do), else its nearest scrolling ancestor, else the article.
  function scrollContainerOf(element) {
    for (let node = element; node && node !== article; node = node.parentElement) {
      if (/auto|scroll/.test(getComputedStyle(node).overflowX)) return node;
    }
    return article;
  }

  function contentBox(element) {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    const left = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
    const right = box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
    return { left, right };
  }

  // The text of the nearest heading before the element: the name of the table or block in the report.
  function sectionOf(element) {
    for (let node = element; node && node !== article; node = node.parentElement) {
      for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
        if (/^H[1-6]$/.test(sibling.tagName)) return sibling.textContent.trim();
      }
    }
    return '(top of page)';
  }

  function firstLineOf(element) {
    if (element === article) return '';
    if (element.tagName === 'TABLE') {
      return [...element.querySelectorAll('th')].map((cell) => cell.textContent.trim()).join(' | ');
    }
    if (element.tagName === 'IMG') return element.getAttribute('alt') || element.getAttribute('src') || '';
    return (element.textContent.trim().split('\n')[0] ?? '').trim();
  }

  // The four corners of a <text>'s box in page coordinates, so that rotated labels are compared as drawn.
  function cornersOf(text) {
    const matrix = text.getScreenCTM();
    const box = text.getBBox();
    if (!matrix || box.width === 0 || box.height === 0) return null;
    const points = [
      [box.x, box.y],
      [box.x + box.width, box.y],
      [box.x + box.width, box.y + box.height],
      [box.x, box.y + box.height],
    ];
    return points.map(([x, y]) => new DOMPoint(x, y).matrixTransform(matrix));
  }

  // How far two convex quadrilaterals cross, along the axis where they cross least (separating axis
  // theorem): 0 or less means they do not touch.
  function penetration(a, b) {
    let least = Infinity;
    for (const quad of [a, b]) {
      for (let k = 0; k < quad.length; k += 1) {
        const p = quad[k];
        const q = quad[(k + 1) % quad.length];
        const length = Math.hypot(q.x - p.x, q.y - p.y);
        if (length === 0) continue;
        const axis = { x: -(q.y - p.y) / length, y: (q.x - p.x) / length };
        const [minA, maxA] = project(a, axis);
        const [minB, maxB] = project(b, axis);
        least = Math.min(least, Math.min(maxA, maxB) - Math.max(minA, minB));
      }
    }
    return least;
  }

  function project(quad, axis) {
    const values = quad.map((point) => point.x * axis.x + point.y * axis.y);
    return [Math.min(...values), Math.max(...values)];
  }

  function round(value) {
    return Math.round(value);
  }
})();
