/* Small DOM helpers: elements built from text nodes only (never innerHTML), decision badges, icons. */

export const $ = (id) => document.getElementById(id);

export const DECISIONS = {
  Upheld: { label: "Upheld — denied", short: "denied", cls: "badge-upheld",
    title: "Upheld: the utilization review denial stands; the treatment is not authorised" },
  Overturned: { label: "Overturned — approved", short: "approved", cls: "badge-overturned",
    title: "Overturned: the denial was reversed; the treatment must be authorised" },
};

export function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "className") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key === "hidden") node.hidden = Boolean(value);
    else if (key === "disabled") node.disabled = Boolean(value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function badge(decision) {
  const d = DECISIONS[decision];
  if (!d) return el("span", { className: "badge", text: decision || "Unknown" });
  return el("span", { className: `badge ${d.cls}`, title: d.title, dataset: { decision } }, d.label);
}

/* One guideline source in words: its name (topic), sections and pages, or the page it cites. */
export function partText(part) {
  let words = part.name || part.title || part.host || "";
  if (part.topic && !words.includes(part.topic)) words += `, ${part.topic}`;
  if (part.sections && part.sections.length) words += ` — Section(s): ${part.sections.join("; ")}`;
  if (part.pages && part.pages.length) words += ` — Page(s): ${part.pages.join(", ")}`;
  if (part.url && !words.includes(part.url)) words += ` (${part.url})`;
  return words;
}

/* Every source a guideline line names, each with its sections and pages. */
export function guidelineParts(g) {
  if (g && g.parts && g.parts.length) return g.parts.map(partText).filter(Boolean);
  const one = guidelineText(g);
  return one ? [one] : [];
}

export const RELEVANCE = {
  strong: "Strong match", partial: "Partial match", weak: "Weak match",
};

export function relevanceChip(relevance) {
  if (!RELEVANCE[relevance]) return null;
  return el("span", { className: `relevance relevance-${relevance}`,
    title: "How well this item matches the question's treatment, body region and words" }, RELEVANCE[relevance]);
}

export function guidelineText(g) {
  if (!g) return "";
  const parts = [];
  if (g.source) parts.push(g.source);
  if (g.sections && g.sections.length) parts.push(`Section(s): ${g.sections.join(", ")}`);
  if (g.pages && g.pages.length) parts.push(`Page(s): ${g.pages.join(", ")}`);
  if (!parts.length && g.raw) parts.push(g.raw);
  return parts.join(", ");
}

export function pagesText(pages) {
  if (!pages || !pages.length) return "";
  if (pages.length === 1) return `p. ${pages[0]}`;
  return `pp. ${pages[0]}–${pages[pages.length - 1]}`;
}

export function icon(path) {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  const p = document.createElementNS(ns, "path");
  p.setAttribute("d", path);
  p.setAttribute("fill", "none");
  p.setAttribute("stroke", "currentColor");
  p.setAttribute("stroke-width", "1.8");
  p.setAttribute("stroke-linecap", "round");
  p.setAttribute("stroke-linejoin", "round");
  svg.append(p);
  return svg;
}

export const ICON_COPY = "M9 9h10v11H9zM5 15V4h10";

export const ICON_DOC = "M6 2h9l5 5v15H6zM15 2v5h5";
