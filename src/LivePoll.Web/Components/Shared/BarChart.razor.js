// One Chart.js bar chart; Chart.js (UMD) is loaded once by App.razor from wwwroot/lib.
// Phone votes and counted cards are two stacked datasets; cards are drawn in the same colour,
// hatched, and the legend names both sources whenever any card was counted.
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
        { label: legend.cards, data: cards, backgroundColor: colours.map(hatched), borderColor: colours, borderWidth: 2, borderRadius: 6, stack: "votes" },
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
      chart.data.datasets[1].backgroundColor = newColours.map(hatched);
      chart.data.datasets[1].borderColor = newColours;
      chart.options.plugins.legend.display = newCards.some((c) => c > 0);
      chart.update();
    },
    destroy() {
      chart.destroy();
    },
  };
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
