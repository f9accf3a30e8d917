import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export interface DistServer {
  /** Origin of the server, such as http://127.0.0.1:40123, without a trailing slash. */
  origin: string;
  close(): Promise<void>;
}

/** The file a URL path names in a static build: `/a/` is `a/index.html`; null for paths outside `root`. */
function fileFor(root: string, urlPath: string): string | null {
  const decoded = decodeURIComponent(urlPath);
  const file = path.join(root, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
  return file.startsWith(root + path.sep) ? file : null;
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null))?.isFile() === true;
}

/**
 * Serves a built site from loopback the way a static host does: folders answer with their index.html,
 * anything missing with the site's 404.html and status 404.
 */
export async function serveDist(root: string): Promise<DistServer> {
  const server: Server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = fileFor(root, pathname);
    const found = file !== null && (await isFile(file));
    const served = found ? file : path.join(root, '404.html');
    response.writeHead(found ? 200 : 404, { 'content-type': TYPES[path.extname(served)] ?? 'application/octet-stream' });
    createReadStream(served)
      .on('error', () => response.end())
      .pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
