import { api, unwrap } from './client';
import { ApiError } from './problem';

export type UploadPurpose = 'receipt' | 'import';

/** The content types the API accepts per purpose (UploadPurpose.java), and what an extension means. */
const ACCEPTED: Record<UploadPurpose, readonly string[]> = {
  receipt: ['image/jpeg', 'image/png', 'image/heic', 'application/pdf'],
  import: [
    'text/csv',
    'text/plain',
    'application/csv',
    'application/vnd.ms-excel',
    'application/x-ofx',
    'application/ofx',
    'application/vnd.intu.qfx',
    'application/xml',
    'text/xml',
    'application/octet-stream',
  ],
};

const BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  heic: 'image/heic',
  pdf: 'application/pdf',
  csv: 'text/csv',
  txt: 'text/plain',
  ofx: 'application/x-ofx',
  qfx: 'application/vnd.intu.qfx',
  xml: 'application/xml',
};

/** Headers a browser sets itself and refuses to take from a script. */
const BROWSER_HEADERS = new Set(['content-length', 'host']);

/** The file's extension in lower case ("statement.OFX" → "ofx"), or "" without one. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * The content type to declare for a file: the browser's own when the API accepts it for the
 * purpose, else the one its extension stands for (browsers leave `file.type` empty for .ofx, say).
 */
export function contentTypeOf(file: File, purpose: UploadPurpose): string {
  if (file.type && ACCEPTED[purpose].includes(file.type)) {
    return file.type;
  }
  const guessed = BY_EXTENSION[extensionOf(file.name)];
  if (guessed && ACCEPTED[purpose].includes(guessed)) {
    return guessed;
  }
  return file.type || 'application/octet-stream';
}

/**
 * Uploads a file straight to storage: asks the API for a presigned PUT (POST /api/v1/uploads), then
 * sends the bytes with exactly the headers the answer lists. Resolves to the upload id that a
 * receipt or an import then names. Throws ApiError: the API's problem, status 0 when storage did
 * not answer, or the storage's status with a readable detail.
 */
export async function uploadFile(file: File, purpose: UploadPurpose): Promise<string> {
  const contentType = contentTypeOf(file, purpose);
  const upload = await unwrap(
    api.POST('/api/v1/uploads', { body: { purpose, contentType, size: file.size } }),
  );
  if (!upload.id || !upload.uploadUrl) {
    throw new ApiError({ status: 502, detail: 'The server did not say where to upload the file.' });
  }

  const headers = new Headers();
  for (const [name, value] of Object.entries(upload.headers ?? {})) {
    if (!BROWSER_HEADERS.has(name.toLowerCase())) {
      headers.set(name, value);
    }
  }
  if (!headers.has('Content-Type')) {
    headers.set('Content-Type', upload.contentType ?? contentType);
  }

  let response: Response;
  try {
    response = await fetch(upload.uploadUrl, { method: upload.method ?? 'PUT', headers, body: file });
  } catch {
    throw new ApiError({ status: 0, detail: `${file.name} could not be uploaded: no answer from the file storage.` });
  }
  if (!response.ok) {
    throw new ApiError({
      status: response.status,
      title: 'Upload failed',
      detail: `${file.name} could not be uploaded (the file storage answered ${response.status}${
        response.status === 403 ? ': the upload link expired or the file changed' : ''
      }). Try again.`,
    });
  }
  return upload.id;
}
