/**
 * Runs dist/web/server.js as a classic Web Worker in a headless Chromium page served from 127.0.0.1, and
 * speaks LSP to it over postMessage, the way the web client does: each message is a JSON-RPC object posted to
 * or received from the worker.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.ts';

export const REPO = join(__dirname, '..', '..');
export const WEB_SERVER = join(REPO, 'dist', 'web', 'server.js');

export interface Message {
  id?: number;
  method?: string;
  params?: any;
  result?: any;
  error?: { message: string };
}

export interface WorkerServer {
  page: Page;
  /** Sends a request and waits for its response. */
  request(method: string, params: unknown): Promise<Message>;
  notify(method: string, params: unknown): Promise<void>;
  /** Waits for a notification from the server matching `predicate` that arrived after `after` messages. */
  waitFor(predicate: (m: Message) => boolean, after?: number, timeoutMs?: number): Promise<Message>;
  received(): Promise<Message[]>;
  /** Errors the worker raised (script errors, failed loads). */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

function serve(): Promise<Server> {
  const script = readFileSync(WEB_SERVER);
  const server = createServer((req, res) => {
    if (req.url === '/server.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>rapport worker test</title>');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function startWorkerServer(): Promise<WorkerServer> {
  const http = await serve();
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(http.address() as AddressInfo).port}/`);
    await page.evaluate(() => {
      const w = globalThis as any;
      w.received = [];
      w.errors = [];
      w.worker = new w.Worker('/server.js');
      w.worker.onmessage = (e: { data: unknown }) => w.received.push(e.data);
      w.worker.onerror = (e: { message: string }) => w.errors.push(e.message || 'worker error');
    });
    let nextId = 1;
    const post = (message: Message) => page.evaluate((m) => (globalThis as any).worker.postMessage({ jsonrpc: '2.0', ...m }), message);
    const received = () => page.evaluate(() => (globalThis as any).received as Message[]);
    const waitFor: WorkerServer['waitFor'] = async (predicate, after = 0, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = (await received()).slice(after).find(predicate);
        if (found) return found;
        if (Date.now() > deadline) {
          const errors = await page.evaluate(() => (globalThis as any).errors as string[]);
          throw new Error(`no matching message from the worker within ${timeoutMs} ms (worker errors: ${errors.join('; ') || 'none'})`);
        }
        await new Promise((r) => setTimeout(r, 25));
      }
    };
    const opened = browser;
    return {
      page,
      received,
      errors: () => page.evaluate(() => (globalThis as any).errors as string[]),
      async request(method, params) {
        const id = nextId++;
        await post({ id, method, params });
        return waitFor((m) => m.id === id && !m.method);
      },
      notify: (method, params) => post({ method, params }),
      waitFor,
      async close() {
        await opened.close();
        await new Promise((r) => http.close(r));
      },
    };
  } catch (error) {
    await browser?.close();
    http.close();
    throw error;
  }
}
