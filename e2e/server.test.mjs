// The test server answers like a static host (what the Lighthouse audit and the browser tests
// measure depends on it): compression as asked, long caching for hashed files, revalidation for
// the rest, the same bytes at the root and under the sub-path.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { get } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { DIST } from './harness.mjs';
import { startServer, SUB_PATH } from './server.mjs';

let served;
before(async () => {
  served = await startServer(DIST);
});
after(async () => {
  await served?.close();
});

function request(path, headers = {}) {
  return new Promise((resolve, reject) => {
    get(served.origin + path, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

const wasm = () => readdirSync(DIST).find((f) => /^mlplan-[0-9a-f]+_bg\.wasm$/.test(f));

describe('test server', () => {
  test('brotli or gzip as the browser asks, and the bytes decode to the file', async () => {
    const file = wasm();
    const raw = readFileSync(join(DIST, file));
    const br = await request('/' + file, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers.vary, 'Accept-Encoding');
    assert.ok(br.body.length < raw.length / 2, `${br.body.length} bytes for ${raw.length}`);
    assert.ok(brotliDecompressSync(br.body).equals(raw));
    const gz = await request('/' + file, { 'accept-encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.ok(gunzipSync(gz.body).equals(raw));
    const plain = await request('/' + file);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.ok(plain.body.equals(raw));
  });

  test('hashed files are cached for a year; the page and the worker are revalidated', async () => {
    const hashed = await request('/' + wasm());
    assert.match(hashed.headers['cache-control'], /max-age=31536000, immutable/);
    for (const path of ['/', '/sw.js', SUB_PATH]) {
      const res = await request(path, { 'accept-encoding': 'br' });
      assert.equal(res.status, 200, path);
      assert.equal(res.headers['cache-control'], 'no-cache', path);
      const again = await request(path, { 'accept-encoding': 'br', 'if-none-match': res.headers.etag });
      assert.equal(again.status, 304, `${path} revalidates`);
    }
  });

  test('nothing outside the served folder', async () => {
    for (const path of ['/../Cargo.toml', '/%2e%2e/Cargo.toml', '/..%2fCargo.toml']) {
      const res = await request(path);
      assert.ok([403, 404].includes(res.status), `${path}: ${res.status}`);
    }
  });
});
