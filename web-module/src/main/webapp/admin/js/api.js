// Every call to /api goes through here: JSON in and out, the anti-CSRF header on every call
// that changes state, and problem+json turned into an ApiError whose field problems forms show
// next to their fields.

const PROBLEM = 'application/problem+json';

/** The API sits beside the console in the same web application: <root>/api next to <root>/admin/. */
const ROOT = location.pathname.slice(0, location.pathname.lastIndexOf('/admin/') + 1);
// location.origin never carries user:password@, which fetch() refuses in a URL.
export const API = location.origin + ROOT + 'api';

/** A refusal from the API: HTTP status and the RFC 9457 problem (errors: [{field, rule, message}]). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || ('HTTP ' + status));
    this.status = status;
    this.problem = problem;
  }

  get fieldErrors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }
}

/** A path segment, e.g. a principal's address or a settings scope, made safe for the URL. */
export function segment(value) {
  return encodeURIComponent(value);
}

export function url(path, query) {
  const target = new URL(API + path);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') {
      target.searchParams.set(key, value);
    }
  }
  return target.toString();
}

async function send(method, path, {json, body, contentType, query} = {}) {
  const headers = {Accept: 'application/json, ' + PROBLEM};
  if (method !== 'GET' && method !== 'HEAD') {
    // The server refuses state changes without it: a cross-site form cannot set this header.
    headers['X-Requested-With'] = 'XMLHttpRequest';
  }
  let payload = body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(json);
  } else if (contentType) {
    headers['Content-Type'] = contentType;
  }
  const response = await fetch(url(path, query), {
    method, headers, body: payload, credentials: 'same-origin', cache: 'no-store'
  });
  const type = response.headers.get('Content-Type') || '';
  if (!response.ok) {
    let problem = {title: response.statusText, status: response.status};
    if (type.startsWith(PROBLEM) || type.startsWith('application/json')) {
      try {
        problem = await response.json();
      } catch (ignored) {
        // An unreadable error body still leaves the status and its text to report.
      }
    }
    throw new ApiError(response.status, problem);
  }
  if (response.status === 204 || !type.includes('json')) {
    return null;
  }
  return response.json();
}

export const api = {
  get: (path, query) => send('GET', path, {query}),
  post: (path, json, query) => send('POST', path, {json: json ?? {}, query}),
  put: (path, json) => send('PUT', path, {json}),
  del: (path) => send('DELETE', path),
  upload: (path, file, contentType, query) => send('POST', path, {body: file, contentType, query})
};
