import type { ImportRapport, ImportSoort } from '../contracts/imports.js';
import { API_BASE, csrfHeader, queryString, SESSIE_KEY } from './api.js';
import { ApiError, toApiError } from './problem.js';
import { queryClient } from './queryClient.js';

/** The server refuses larger uploads (413); checking first saves sending 200 MB for nothing. */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The Content-Type the import endpoint expects, from the file name (browsers guess wrong). */
export function uploadContentType(fileName: string): string {
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.xlsx')) return XLSX_TYPE;
  return 'application/octet-stream';
}

export interface UploadProgress {
  /** Bytes sent so far. */
  loaded: number;
  /** Bytes in all; 0 when the browser does not know. */
  total: number;
  /** All bytes are sent; the server is now reading the rows. */
  sent: boolean;
}

export interface ImportUpload {
  soort: ImportSoort;
  file: File;
  proefrun: boolean;
  accepteerGeldige: boolean;
  onProgress: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

export interface ImportResult {
  /** 201: written as a batch; 200: checked only, or refused because of errors. */
  status: number;
  rapport: ImportRapport;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Sends a file to POST /imports/{soort} as the raw request body. XMLHttpRequest rather than
 * fetch, because only XMLHttpRequest reports how much of an upload has been sent.
 */
export function uploadImport(upload: ImportUpload): Promise<ImportResult> {
  const { soort, file, proefrun, accepteerGeldige, onProgress, signal } = upload;
  const url = `${API_BASE}/imports/${encodeURIComponent(soort)}${queryString({
    proefrun: proefrun ? 'ja' : 'nee',
    accepteerGeldige: accepteerGeldige ? 'ja' : 'nee',
    bestandsnaam: file.name,
  })}`;
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    // Same origin, so the session cookie goes along, as with fetch's credentials: 'same-origin'.
    xhr.responseType = 'text';
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Content-Type', uploadContentType(file.name));
    for (const [name, value] of Object.entries(csrfHeader('POST'))) {
      xhr.setRequestHeader(name, value);
    }
    xhr.upload.onprogress = (event) => {
      onProgress({
        loaded: event.loaded,
        total: event.lengthComputable ? event.total : 0,
        sent: false,
      });
    };
    xhr.upload.onload = () => {
      onProgress({ loaded: file.size, total: file.size, sent: true });
    };
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve({ status: xhr.status, rapport: body as ImportRapport });
        return;
      }
      if (xhr.status === 401) void queryClient.invalidateQueries({ queryKey: SESSIE_KEY });
      reject(toApiError(xhr.status, body));
    };
    xhr.onerror = () => reject(new ApiError(0, '', ''));
    xhr.onabort = () => reject(new DOMException('Upload afgebroken', 'AbortError'));
    if (signal) {
      if (signal.aborted) {
        reject(new DOMException('Upload afgebroken', 'AbortError'));
        return;
      }
      signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    onProgress({ loaded: 0, total: file.size, sent: false });
    xhr.send(file);
  });
}
