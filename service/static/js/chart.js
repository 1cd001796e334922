/* Small charts for collection answers, drawn as SVG in the page (no library): bars by outcome for a
 * count or a share, bars per row for a ranking or a comparison, a line over the months for a trend.
 * Colours come from collection.css classes; text goes in through text nodes only. */

const NS = "http://www.w3.org/2000/svg";
const W = 560;

function svgEl(tag, attrs, text) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

export function isShare(columns) {
  return columns.length >= 2 && columns[columns.length - 1] === "share";
}

export function formatValue(value, share) {
  if (typeof value !== "number") return String(value);
  if (share) return `${(value * 100).toFixed(1)}%`;
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}

function frame(height, label) {
  const svg = svgEl("svg", { viewBox: `0 0 ${W} ${height}`, role: "img", "aria-label": label, class: "chart-svg" });
  svg.append(svgEl("title", {}, label));
  return svg;
}

/* Horizontal bars: [{label, value, cls}] */
function bars(items, share, label) {
  const rowH = 28;
  const left = 190;
  const right = 70;
  const height = items.length * rowH + 10;
  const svg = frame(height, label);
  const max = Math.max(share ? 1 : 0, ...items.map((d) => d.value)) || 1;
  items.forEach((d, i) => {
    const y = 5 + i * rowH;
    const width = Math.max(1, ((W - left - right) * d.value) / max);
    svg.append(
      svgEl("text", { x: left - 8, y: y + rowH / 2 + 4, "text-anchor": "end", class: "chart-label" },
        d.label.length > 30 ? `${d.label.slice(0, 29)}…` : d.label),
      svgEl("rect", { x: left, y: y + 4, width, height: rowH - 8, rx: 3, class: `chart-bar ${d.cls || ""}` }),
      svgEl("text", { x: left + width + 6, y: y + rowH / 2 + 4, class: "chart-value" }, formatValue(d.value, share)));
  });
  return svg;
}

/* A line over the rows' labels (months): [{label, value}] */
function line(points, share, label) {
  const height = 200;
  const pad = { left: 52, right: 44, top: 14, bottom: 34 };
  const svg = frame(height, label);
  const max = Math.max(share ? 0.0001 : 1, ...points.map((p) => p.value));
  const x = (i) => pad.left + (points.length === 1 ? 0.5 : i / (points.length - 1)) * (W - pad.left - pad.right);
  const y = (v) => height - pad.bottom - (v / max) * (height - pad.top - pad.bottom);
  svg.append(svgEl("line", { x1: pad.left, y1: height - pad.bottom, x2: W - pad.right, y2: height - pad.bottom, class: "chart-axis" }));
  svg.append(svgEl("text", { x: pad.left - 6, y: y(max) + 4, "text-anchor": "end", class: "chart-value" }, formatValue(max, share)));
  svg.append(svgEl("text", { x: pad.left - 6, y: y(0) + 4, "text-anchor": "end", class: "chart-value" }, formatValue(0, share)));
  const d = points.map((p, i) => `${i ? "L" : "M"}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ");
  svg.append(svgEl("path", { d, class: "chart-line" }));
  points.forEach((p, i) => {
    const dot = svgEl("circle", { cx: x(i).toFixed(1), cy: y(p.value).toFixed(1), r: 4, class: "chart-dot" });
    dot.append(svgEl("title", {}, `${p.label}: ${formatValue(p.value, share)}`));
    svg.append(dot, svgEl("text", { x: x(i).toFixed(1), y: height - 12, "text-anchor": "middle", class: "chart-label" }, p.label));
  });
  return svg;
}

/* The chart for a collection answer, or null when it has nothing to draw. */
export function chart(answer) {
  const table = answer.table;
  if (!table || !table.rows || !table.rows.length) return null;
  const share = isShare(table.columns);
  const kind = (answer.understood && answer.understood.collection && answer.understood.collection.shape) || "";
  // how long reviews took: the table's days say it; bars of the outcomes would answer another question
  if (kind === "mean" && answer.understood.collection.measure === "days") return null;
  const figure = document.createElement("div");
  figure.className = `chart chart-${kind || "table"}`;
  const values = table.rows.map((r) => ({ label: String(r[0]), value: Number(r[r.length - 1]) || 0 }));
  if (kind === "trend") {
    figure.append(line(values, share, `${table.columns[table.columns.length - 1]} by decision month`));
  } else if (table.rows.length === 1 && answer.count && answer.count.total !== undefined) {
    figure.append(bars([
      { label: "Upheld — denied", value: answer.count.Upheld || 0, cls: "chart-upheld" },
      { label: "Overturned — approved", value: answer.count.Overturned || 0, cls: "chart-overturned" },
    ], false, `Items by outcome: ${answer.count.Upheld || 0} upheld, ${answer.count.Overturned || 0} overturned`));
  } else {
    figure.append(bars(values.slice(0, 20), share, `${table.columns[0]}: ${table.columns[table.columns.length - 1]}`));
  }
  return figure;
}
