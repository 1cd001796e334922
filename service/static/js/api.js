/* The service's API: JSON requests, errors as ApiError, server-sent events from a fetch body, letters cached by case. */

import { state } from "./state.js";

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

async function errorOf(response) {
  let message = `${response.status} ${response.statusText}`.trim();
  try {
    const body = await response.json();
    if (body && body.error) message = body.error;
  } catch (_) { /* not JSON */ }
  return new ApiError(message, response.status);
}

export async function api(url, options) {
  let response;
  try {
    response = await fetch(url, options);
  } catch (err) {
    if (err && err.name === "AbortError") throw err;
    throw new ApiError("could not reach the service; is `imr serve` running?", 0);
  }
  if (!response.ok) throw await errorOf(response);
  return response;
}

export function postJSON(url, body, signal, accept = "application/json") {
  return api(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept },
    body: JSON.stringify(body),
    signal,
  });
}

/* Server-Sent Events from a fetch body: yields {event, data}. */
export async function* readEvents(body) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const boundary = /\r\n\r\n|\n\n|\r\r/;
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let match;
    while ((match = boundary.exec(buffer))) {
      const block = buffer.slice(0, match.index);
      buffer = buffer.slice(match.index + match[0].length);
      const event = parseEvent(block);
      if (event) yield event;
    }
  }
  buffer += decoder.decode();
  const last = parseEvent(buffer);
  if (last) yield last;
}

function parseEvent(block) {
  let event = "message";
  const data = [];
  for (const line of block.split(/\r\n|\n|\r/)) {
    if (!line || line.startsWith(":")) continue;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "event") event = value;
    else if (field === "data") data.push(value);
  }
  if (!data.length) return null;
  return { event, data: data.join("\n") };
}

export function getCase(caseNumber) {
  if (!state.letters.has(caseNumber)) {
    const promise = api(`/api/cases/${encodeURIComponent(caseNumber)}`).then((r) => r.json());
    promise.catch(() => state.letters.delete(caseNumber));
    state.letters.set(caseNumber, promise);
  }
  return state.letters.get(caseNumber);
}
