/* A question's shareable URL, `/?q=…&mode=search&decision=Upheld…`, and reading one back. */

const FILTER_NAMES = ["decision", "category", "body_region", "guideline_source", "reason", "treatment", "date_from",
  "date_to", "case_number"];

export function questionURL(question, mode, filters) {
  const params = new URLSearchParams();
  params.set("q", question);
  if (mode === "search") params.set("mode", "search");
  for (const [name, value] of Object.entries(filters || {})) if (value) params.set(name, value);
  return `${location.origin}/?${params.toString()}`;
}

/* The question a URL asks, or null: {question, mode, filters}. */
export function readQuestionURL(search) {
  const params = new URLSearchParams(search);
  const question = (params.get("q") || "").trim();
  if (!question) return null;
  const filters = {};
  for (const name of FILTER_NAMES) {
    const value = (params.get(name) || "").trim();
    if (value) filters[name] = value;
  }
  return { question, mode: params.get("mode") === "search" ? "search" : "ask", filters };
}
