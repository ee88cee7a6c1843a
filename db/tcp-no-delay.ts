/**
 * tcp-no-delay: neo4j-driver opens its Bolt sockets with Nagle's algorithm on. A query whose message spans more than
 * one TCP segment (a list of a few hundred ids) then waits for the server's delayed ACK, about 40 ms on Linux, on
 * every call. The driver offers no option for it, so the sockets it opens through `net.connect` get TCP_NODELAY here.
 */
import net from 'node:net';

const PATCHED = Symbol.for('news-graph.tcp-no-delay');
const registry = net as unknown as Record<symbol, boolean>;

if (!registry[PATCHED]) {
  registry[PATCHED] = true;
  const connect = net.connect;
  net.connect = function connectWithoutDelay(this: unknown, ...args: Parameters<typeof net.connect>) {
    const socket = connect.apply(this, args);
    socket.setNoDelay(true);
    return socket;
  } as typeof net.connect;
}
