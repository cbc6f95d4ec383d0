// One Chart.js bar chart; Chart.js (UMD) is loaded once by App.razor from wwwroot/lib.
// Phone votes and counted cards are two stacked datasets; cards are drawn lighter and
// the legend names both sources whenever any card was counted.
// Right-to-left screens mirror the chart: bars grow from the right, labels stand on the right.
export function create(canvas, labels, phones, cards, colours, dark, fontSize, legend, rtl) {
  const ink = dark ? "#ffffff" : "#1b1f24";
  const grid = dark ? "rgba(255,255,255,.15)" : "rgba(0,0,0,.1)";
  const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  const chart = new Chart(canvas, {
    type: "bar",
    data: {
      labels: labels.map((label) => wrap(label)),
      datasets: [
        { label: legend.phones, data: phones, backgroundColor: colours, borderRadius: 6, stack: "votes" },
        { label: legend.cards, data: cards, backgroundColor: colours.map(lighter), borderColor: colours, borderWidth: 2, borderRadius: 6, stack: "votes" },
      ],
    },
    options: {
      indexAxis: "y",
      maintainAspectRatio: false,
      animation: reduceMotion ? false : { duration: 300 },
      plugins: {
        legend: { display: cards.some((c) => c > 0), rtl, labels: { color: ink, font: { size: fontSize } } },
        tooltip: { enabled: !dark },
      },
      scales: {
        x: { stacked: true, beginAtZero: true, reverse: rtl, ticks: { precision: 0, color: ink, font: { size: fontSize } }, grid: { color: grid } },
        y: { stacked: true, position: rtl ? "right" : "left", ticks: { color: ink, font: { size: fontSize }, autoSkip: false }, grid: { display: false } },
      },
    },
  });
  return {
    update(newLabels, newPhones, newCards, newColours) {
      chart.data.labels = newLabels.map((label) => wrap(label));
      chart.data.datasets[0].data = newPhones;
      chart.data.datasets[0].backgroundColor = newColours;
      chart.data.datasets[1].data = newCards;
      chart.data.datasets[1].backgroundColor = newColours.map(lighter);
      chart.data.datasets[1].borderColor = newColours;
      chart.options.plugins.legend.display = newCards.some((c) => c > 0);
      chart.update();
    },
    destroy() {
      chart.destroy();
    },
  };
}

// "#2e7d32" → the same colour at 45 % opacity, for the cards part of a bar.
function lighter(hex) {
  return hex + "73";
}

// Long option texts become several lines instead of being cut off at the chart's edge;
// a label in two languages arrives as two lines ("\n") and each is wrapped on its own.
// Each line is isolated in its own direction (Arabic and English can share a label) and the
// count (" — 4") stays outside, so it sits at the end of the line in the screen's direction.
function wrap(label, width = 34) {
  const count = label.match(/\u00A0—\u00A0\d+$/)?.[0] ?? "";
  const lines = wrapLines(label.slice(0, label.length - count.length), width).map((line) => `\u2068${line}\u2069`);
  lines[lines.length - 1] += count;
  return lines;
}

function wrapLines(label, width) {
  const lines = [];
  for (const part of label.split("\n")) {
    let line = "";
    for (const word of part.split(" ")) {
      if (line && (line + " " + word).length > width) {
        lines.push(line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    lines.push(line);
  }
  return lines;
}
