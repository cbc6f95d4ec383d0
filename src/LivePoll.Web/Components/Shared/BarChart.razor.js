// One Chart.js bar chart; Chart.js (UMD) is loaded once by App.razor from wwwroot/lib.
// Phone votes and counted cards are two stacked datasets; cards are drawn lighter and
// the legend names both sources whenever any card was counted.
export function create(canvas, labels, phones, cards, colours, dark, fontSize) {
  const ink = dark ? "#ffffff" : "#1b1f24";
  const grid = dark ? "rgba(255,255,255,.15)" : "rgba(0,0,0,.1)";
  const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  const chart = new Chart(canvas, {
    type: "bar",
    data: {
      labels: labels.map((label) => wrap(label)),
      datasets: [
        { label: "Phones", data: phones, backgroundColor: colours, borderRadius: 6, stack: "votes" },
        { label: "Cards", data: cards, backgroundColor: colours.map(lighter), borderColor: colours, borderWidth: 2, borderRadius: 6, stack: "votes" },
      ],
    },
    options: {
      indexAxis: "y",
      maintainAspectRatio: false,
      animation: reduceMotion ? false : { duration: 300 },
      plugins: {
        legend: { display: cards.some((c) => c > 0), labels: { color: ink, font: { size: fontSize } } },
        tooltip: { enabled: !dark },
      },
      scales: {
        x: { stacked: true, beginAtZero: true, ticks: { precision: 0, color: ink, font: { size: fontSize } }, grid: { color: grid } },
        y: { stacked: true, ticks: { color: ink, font: { size: fontSize }, autoSkip: false }, grid: { display: false } },
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

// Long option texts become several lines instead of being cut off at the chart's edge.
function wrap(label, width = 34) {
  const lines = [];
  let line = "";
  for (const word of label.split(" ")) {
    if (line && (line + " " + word).length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);
  return lines;
}
