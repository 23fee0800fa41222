// Talks to the platform's JSON API; every error arrives as application/problem+json.
import { currentLanguage, t } from './i18n.js';

const problemTypePrefix = 'urn:competition:problem:';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.code = problem?.code ?? (problem?.type?.startsWith(problemTypePrefix) ? problem.type.slice(problemTypePrefix.length) : null);
  }
}

export async function api(path, { method = 'GET', body, token } = {}) {
  return (await send(path, method, body === undefined ? undefined : JSON.stringify(body), 'application/json', token)).payload;
}

/** A page of a list: its items and the total the server counts (X-Total-Count). */
export async function apiPage(path, { token } = {}) {
  const { payload, response } = await send(path, 'GET', undefined, undefined, token);
  return { items: payload, total: Number(response.headers.get('X-Total-Count') ?? payload.length) };
}

/** Uploads a chosen file (.xlsx or CSV) as a form's field "file"; the server reads the encoding itself. */
export async function postFile(path, file, token) {
  const form = new FormData();
  form.append('file', file);
  return (await send(path, 'POST', form, undefined, token)).payload;
}

/** Uploads a CSV file's text; a refused file's problem carries every bad row under rows. */
export async function postCsv(path, csv, token) {
  return (await send(path, 'POST', csv, 'text/csv', token)).payload;
}

/** Saves what a signed-in GET answers (an export, a backup) as a file called name. */
export async function downloadFile(path, name, token) {
  const { response } = await send(path, 'GET', undefined, undefined, token, '*/*');
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(link.href);
}

async function send(path, method, body, contentType, token, accept = 'application/json') {
  // The server words its validation messages in the page's language.
  const headers = { Accept: accept, 'Accept-Language': currentLanguage() === 'en' ? 'en' : 'zh-CN' };
  // A FormData body sets its own multipart boundary.
  if (body !== undefined && contentType) headers['Content-Type'] = contentType;
  if (token) headers.Authorization = `Bearer ${token}`;
  let response;
  try {
    response = await fetch(path, { method, headers, body });
  } catch {
    throw new ApiError(0, null);
  }
  const payload = (response.headers.get('content-type') ?? '').includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, payload);
  return { payload, response };
}

/** A message for a person, in the page's language. */
export function describeError(error) {
  if (!(error instanceof ApiError)) return String(error?.message ?? error);
  if (error.status === 0) return t('error.network');
  if (error.problem?.errors) return Object.values(error.problem.errors).flat().join(' ');
  if (error.code) return t(`error.${error.code}`, {}, error.problem?.title);
  if (error.status === 401) return t('error.unauthorized');
  return error.message;
}

/** A UUID for a submission. crypto.randomUUID needs a secure context, which a venue's plain-HTTP LAN is not. */
export function newSubmissionId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
