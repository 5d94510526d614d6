// A static file server for the end-to-end tests and the Lighthouse audit: serves one directory on
// 127.0.0.1 both at the root and under /mlplan/, to prove the app works from a sub-path of a static
// host. It answers the way a real static host does, so what the tests and the audit measure is what
// visitors get: brotli or gzip as the browser asks (Content-Encoding, Vary), long-lived caching for
// the files whose names carry a content hash, revalidation (ETag, 304) for the rest.
import { createServer } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Types worth compressing (images like PNG are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.svg', '.txt']);

/** Trunk names the build's own files `<name>-<16 hex digits>.<ext>`: their content never changes. */
const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z]+$/;

export const SUB_PATH = '/mlplan/';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Compressed bodies by file, encoding, size and modification time: a host precompresses once per
 * deploy, and the tests must not pay brotli's highest quality on every request.
 */
const compressed = new Map();

async function encode(file, info, body, encoding) {
  const key = `${file}\0${encoding}\0${info.size}\0${info.mtimeMs}`;
  if (!compressed.has(key)) {
    const work =
      encoding === 'br'
        ? brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
        : gzipAsync(body, { level: 9 });
    compressed.set(key, work);
  }
  return compressed.get(key);
}

/** The encoding to answer with, from the request's Accept-Encoding (brotli first, as hosts do). */
function chooseEncoding(accept = '') {
  const offered = accept.split(',').map((s) => s.trim().split(';')[0]);
  if (offered.includes('br')) return 'br';
  if (offered.includes('gzip')) return 'gzip';
  return null;
}

function cacheControl(path) {
  return HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Compresses every compressible file under `root` ahead of the first request, as a host that
 * precompresses at deploy time does; `ready` settles when all are done.
 */
async function precompress(root) {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && COMPRESSIBLE.has(extname(e.name))).map((e) => join(e.parentPath ?? e.path, e.name));
  // Brotli only: every browser that reaches this server asks for it; gzip is made on demand.
  await Promise.all(files.map(async (file) => encode(file, await stat(file), await readFile(file), 'br')));
}

export function startServer(root) {
  const ready = precompress(root).catch(() => {});
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    if (path.startsWith(SUB_PATH)) path = '/' + path.slice(SUB_PATH.length);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      const ext = extname(file);
      const encoding = COMPRESSIBLE.has(ext) ? chooseEncoding(req.headers['accept-encoding']) : null;
      const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}${encoding ? '-' + encoding : ''}"`;
      const headers = {
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        'cache-control': cacheControl(file),
        etag,
        vary: 'Accept-Encoding',
      };
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers).end();
        return;
      }
      const raw = await readFile(file);
      const body = encoding ? await encode(file, info, raw, encoding) : raw;
      if (encoding) headers['content-encoding'] = encoding;
      headers['content-length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ server, ready, origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
