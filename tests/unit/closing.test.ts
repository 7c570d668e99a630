import { connect, type Socket } from 'node:net';
import { describe, expect, test, vi } from 'vitest';
import { closeWithin } from '../../src/tooling/close-within';
import { serveStatic } from '../../src/tooling/static-server';

/** Opens a connection and sends the first line of a request, never the rest: a request under way. */
function halfARequest(url: string): Promise<Socket> {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n', () => resolve(socket)));
  });
}

describe('clean-up that cannot hold the test run', () => {
  test('the static server closes at once while a client is still sending a request', async () => {
    const site = await serveStatic();
    const socket = await halfARequest(site.url);
    // The server ends it by resetting it: that is the point, not an error.
    socket.on('error', () => undefined);
    const ended = new Promise((resolve) => socket.on('close', resolve));
    const started = Date.now();
    // Node's `server.close()` alone waits for that request until its headers timeout (60 s).
    await site.close();
    await ended;
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  test('closeWithin goes on after its wait, with a warning, when closing never ends', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      await closeWithin(new Promise(() => undefined), 'a stuck thing', 50);
      expect(warn).toHaveBeenCalledWith('warning: a stuck thing did not close within 0.05 s; going on without it');
    } finally {
      warn.mockRestore();
    }
  });

  test('closeWithin waits for a close that ends, and says nothing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let closed = false;
    try {
      const slowClose = new Promise<void>((resolve) =>
        setTimeout(() => {
          closed = true;
          resolve();
        }, 20),
      );
      await closeWithin(slowClose, 'a slow thing', 5_000);
      expect(closed).toBe(true);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});
