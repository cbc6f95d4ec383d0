// One Chart.js bar chart; Chart.js (UMD) is loaded once by App.razor from wwwroot/lib.
// Phone votes and counted cards are two stacked datasets; cards are drawn in the same colour,
// hatched, and the legend names both sources whenever any card was counted.
// Right-to-left screens mirror the chart: bars grow from the right, labels stand on the right.
export function create(canvas, labels, phones, cards, colours, dark, fontSize, legend, rtl) {
  const ink = dark ? "#ffffff" : "#1b1f24";
  const grid = dark ? "rgba(255,255,255,.15)" : "rgba(0,0,0,.1)";
  const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  let texts = labels;
  canvas.dataset.direction = rtl ? "rtl" : "ltr"; // which way the bars run, for whoever checks the drawing
  const chart = new Chart(canvas, {
    type: "bar",
    data: {
      labels: labels.map(() => ""), // fitted below, once the chart knows its room
      datasets: [
        { label: legend.phones, data: phones, backgroundColor: colours, borderRadius: 6, stack: "votes" },
        { label: legend.cards, data: cards, backgroundColor: colours.map(hatched), borderColor: colours, borderWidth: 2, borderRadius: 6, stack: "votes" },
      ],
    },
    options: {
      indexAxis: "y",
      maintainAspectRatio: false,
      animation: false, // until the labels are fitted: a first animation would end on the unfitted layout
      onResize: () => requestAnimationFrame(() => fitAndDraw("none")),
      layout: { padding: {} },
      plugins: {
        legend: { display: cards.some((c) => c > 0), rtl, labels: { color: ink, font: { size: fontSize } } },
        tooltip: { enabled: !dark },
      },
      scales: {
        x: { stacked: true, beginAtZero: true, reverse: rtl, ticks: { precision: 0, color: ink, font: { size: fontSize } }, grid: { color: grid } },
        y: { stacked: true, position: rtl ? "right" : "left", ticks: { color: ink, font: { size: fontSize, lineHeight: lineHeight }, autoSkip: false }, grid: { display: false } },
      },
    },
    plugins: [countsAtBarEnds(ink, fontSize, rtl)],
  });

  // The first layout tells how much room the bars have; the labels are then fitted into it.
  function fitAndDraw(mode) {
    const fitted = fit(chart, texts, fontSize);
    chart.options.scales.y.ticks.font.size = fitted.size;
    chart.data.labels = fitted.labels;
    chart.options.layout.padding = { [rtl ? "left" : "right"]: roomForCounts(chart, fontSize) };
    chart.update(mode);
  }
  fitAndDraw("none");
  chart.options.animation = reduceMotion ? false : { duration: 300 };

  return {
    update(newLabels, newPhones, newCards, newColours) {
      texts = newLabels;
      chart.data.datasets[0].data = newPhones;
      chart.data.datasets[0].backgroundColor = newColours;
      chart.data.datasets[1].data = newCards;
      chart.data.datasets[1].backgroundColor = newColours.map(hatched);
      chart.data.datasets[1].borderColor = newColours;
      chart.options.plugins.legend.display = newCards.some((c) => c > 0);
      fitAndDraw();
    },
    destroy() {
      chart.destroy();
    },
  };
}

const lineHeight = 1.2;

// Each bar's count, written just past its end: the axis labels name the bars and nothing else, so a scale's
// value ("3") and its count can never be confused.
function countsAtBarEnds(ink, fontSize, rtl) {
  return {
    id: "countsAtBarEnds",
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const ends = chart.getDatasetMeta(1).data; // cards are stacked last: their bar ends where the whole bar ends
      const gap = fontSize / 3;
      ctx.save();
      ctx.fillStyle = ink;
      ctx.font = countFont(fontSize);
      ctx.textBaseline = "middle";
      ctx.textAlign = rtl ? "right" : "left";
      ends.forEach((bar, i) => ctx.fillText(String(total(chart, i)), bar.x + (rtl ? -gap : gap), bar.y));
      ctx.restore();
    },
  };
}

function total(chart, index) {
  return chart.data.datasets.reduce((sum, dataset) => sum + (dataset.data[index] ?? 0), 0);
}

function countFont(fontSize) {
  return `bold ${fontSize}px ${Chart.defaults.font.family}`;
}

// Room beside the plot for the longest bar's count.
function roomForCounts(chart, fontSize) {
  const ctx = chart.ctx;
  ctx.save();
  ctx.font = countFont(fontSize);
  const widest = Math.max(0, ...chart.data.labels.map((_, i) => ctx.measureText(String(total(chart, i))).width));
  ctx.restore();
  return Math.ceil(widest + fontSize);
}

// Long option texts are wrapped to the room the axis has (at most 45 % of the chart's width). When many long options
// would overprint each other, the labels shrink, down to 60 % of the chosen size, and beyond that the lines that do
// not fit are shortened with an ellipsis: the full texts are on the phones and in the report.
function fit(chart, texts, fontSize) {
  const ctx = chart.ctx;
  const floor = Math.max(12, Math.round(fontSize * 0.6));
  const maxWidth = chart.width * 0.45;
  const band = (chart.chartArea.bottom - chart.chartArea.top) / Math.max(1, texts.length);
  ctx.save();
  try {
    for (let size = fontSize; ; size--) {
      ctx.font = `${size}px ${Chart.defaults.font.family}`;
      const wrapped = texts.map((text) => wrapToWidth(ctx, text, maxWidth));
      const maxLines = Math.max(1, Math.floor(band / (size * lineHeight)));
      if (wrapped.every((lines) => lines.length <= maxLines) || size <= floor) {
        return { size, labels: wrapped.map((lines) => shortened(ctx, lines, maxLines, maxWidth).map(isolated)) };
      }
    }
  } finally {
    ctx.restore();
  }
}

// A label in two languages arrives as two lines ("\n") and each is wrapped on its own; a word wider than the room
// (Chinese has no spaces) is broken where it reaches the edge.
function wrapToWidth(ctx, text, maxWidth) {
  const fits = (line) => ctx.measureText(line).width <= maxWidth;
  const lines = [];
  for (const part of text.split("\n")) {
    let line = "";
    for (const word of part.split(" ")) {
      const longer = line ? `${line} ${word}` : word;
      if (fits(longer) || !line) {
        line = longer;
      } else {
        lines.push(line);
        line = word;
      }
      while (!fits(line) && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && !fits(line.slice(0, cut))) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}

function shortened(ctx, lines, maxLines, maxWidth) {
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last.length > 1 && ctx.measureText(`${last}…`).width > maxWidth) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

// Each line is isolated in its own direction: Arabic and English can share a label.
function isolated(line) {
  return Array.isArray(line) ? line.map(isolated) : `\u2068${line}\u2069`;
}

// The cards part of a bar: the option's full colour with white diagonal stripes, so it reads as
// "the same option, another source" from the back of the room instead of a dim, washed-out bar.
function hatched(hex) {
  const tile = document.createElement("canvas");
  tile.width = tile.height = 16;
  const ink = tile.getContext("2d");
  ink.fillStyle = hex;
  ink.fillRect(0, 0, 16, 16);
  ink.strokeStyle = "rgba(255,255,255,.55)";
  ink.lineWidth = 4;
  ink.beginPath();
  ink.moveTo(-4, 20);
  ink.lineTo(20, -4);
  ink.moveTo(12, 20);
  ink.lineTo(20, 12);
  ink.moveTo(-4, 4);
  ink.lineTo(4, -4);
  ink.stroke();
  return ink.createPattern(tile, "repeat");
}
