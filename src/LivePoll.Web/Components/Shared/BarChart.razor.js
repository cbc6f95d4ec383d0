// One Chart.js bar chart; Chart.js (UMD) is loaded once by App.razor from wwwroot/lib.
export function create(canvas, labels, values, colours, dark, fontSize) {
  const ink = dark ? "#ffffff" : "#1b1f24";
  const grid = dark ? "rgba(255,255,255,.15)" : "rgba(0,0,0,.1)";
  const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  const chart = new Chart(canvas, {
    type: "bar",
    data: { labels: labels.map((label) => wrap(label)), datasets: [{ data: values, backgroundColor: colours, borderRadius: 6 }] },
    options: {
      indexAxis: "y",
      maintainAspectRatio: false,
      animation: reduceMotion ? false : { duration: 300 },
      plugins: { legend: { display: false }, tooltip: { enabled: !dark } },
      scales: {
        x: { beginAtZero: true, ticks: { precision: 0, color: ink, font: { size: fontSize } }, grid: { color: grid } },
        y: { ticks: { color: ink, font: { size: fontSize }, autoSkip: false }, grid: { display: false } },
      },
    },
  });
  return {
    update(newLabels, newValues, newColours) {
      chart.data.labels = newLabels.map((label) => wrap(label));
      chart.data.datasets[0].data = newValues;
      chart.data.datasets[0].backgroundColor = newColours;
      chart.update();
    },
    destroy() {
      chart.destroy();
    },
  };
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
