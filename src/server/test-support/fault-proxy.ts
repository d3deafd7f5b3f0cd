// A TCP front for a PostgreSQL Unix socket that can fail the way a network does, for the database
// fault suite (src/server/db-faults.int.test.ts). The app reaches the database through it as an
// "external" server at postgres://…@127.0.0.1:<port>:
//
// - `pass`: bytes flow both ways;
// - `refuse`: nothing listens on the port (ECONNREFUSED) and open connections are reset, as when
//   the server is down;
// - `blackhole`: connections are accepted and nothing is answered; open connections stop flowing
//   (their bytes wait in the kernel's buffers, as during a network partition) and flow again when
//   the blackhole ends.
import net from 'node:net';

export type ProxyMode = 'pass' | 'refuse' | 'blackhole';

type Pair = { client: net.Socket; upstream: net.Socket | undefined };

export class FaultProxy {
  private readonly upstreamPath: string;
  private server: net.Server | undefined;
  private readonly pairs = new Set<Pair>();
  private mode: ProxyMode = 'pass';
  port = 0;

  constructor(upstreamPath: string) {
    this.upstreamPath = upstreamPath;
  }

  async listen(): Promise<void> {
    const server = net.createServer((client) => this.accept(client));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    const address = server.address();
    if (address && typeof address === 'object') this.port = address.port;
    this.server = server;
  }

  async set(mode: ProxyMode): Promise<void> {
    const was = this.mode;
    this.mode = mode;
    if (mode === 'refuse') {
      for (const pair of this.pairs) {
        pair.client.resetAndDestroy();
        pair.upstream?.destroy();
      }
      this.pairs.clear();
      await this.closeServer();
    } else if (was === 'refuse') {
      await this.listen();
    }
    if (mode === 'blackhole') for (const pair of this.pairs) stall(pair);
    if (mode === 'pass' && was === 'blackhole') {
      for (const pair of this.pairs) {
        if (pair.upstream) flow(pair.client, pair.upstream);
        else this.connect(pair);
      }
    }
  }

  async close(): Promise<void> {
    for (const pair of this.pairs) {
      pair.client.destroy();
      pair.upstream?.destroy();
    }
    this.pairs.clear();
    await this.closeServer();
  }

  private async closeServer(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private accept(client: net.Socket): void {
    const pair: Pair = { client, upstream: undefined };
    this.pairs.add(pair);
    const drop = () => {
      this.pairs.delete(pair);
      client.destroy();
      pair.upstream?.destroy();
    };
    client.on('error', drop);
    client.on('close', drop);
    if (this.mode === 'blackhole') client.pause();
    else this.connect(pair);
  }

  private connect(pair: Pair): void {
    const upstream = net.connect(this.upstreamPath);
    pair.upstream = upstream;
    const drop = () => {
      this.pairs.delete(pair);
      upstream.destroy();
      pair.client.destroy();
    };
    upstream.on('error', drop);
    upstream.on('close', drop);
    flow(pair.client, upstream);
  }
}

function flow(client: net.Socket, upstream: net.Socket): void {
  client.pipe(upstream);
  upstream.pipe(client);
}

/** Stop reading both ends: what arrives stays in the kernel's buffers until flow() again. */
function stall({ client, upstream }: Pair): void {
  client.unpipe();
  client.pause();
  upstream?.unpipe();
  upstream?.pause();
}
