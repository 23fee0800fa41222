// One SignalR connection that keeps itself up, for every live page: it reconnects by itself, tries
// again every five seconds once the automatic retries give up, and after every (re)connection joins
// its groups again, since a reconnection is a new connection on the server.
const retrySeconds = 5;
// Behind several hosts, the load balancer keeps every request of one connection on one host by this
// key (deploy/nginx.conf hashes on it), whatever transport the browser falls back to.
const hostKey = Math.random().toString(36).slice(2);

/**
 * handlers: hub method name → callback; join(connection): the invocations that (re)join the groups;
 * onState('live' | 'reconnecting' | 'offline'); token: a bearer token for hubs that need one.
 */
export function connectLive(url, { handlers, join, onState = () => {}, token = null }) {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl(`${url}${url.includes('?') ? '&' : '?'}lb=${hostKey}`, token ? { accessTokenFactory: () => token } : {})
    .withAutomaticReconnect()
    .build();
  for (const [name, handler] of Object.entries(handlers)) connection.on(name, handler);
  const retry = () => { onState('offline'); setTimeout(start, retrySeconds * 1000); };
  connection.onreconnecting(() => onState('reconnecting'));
  connection.onreconnected(async () => {
    await join(connection);
    onState('live');
  });
  connection.onclose(retry);
  async function start() {
    try {
      await connection.start();
      await join(connection);
      onState('live');
    } catch {
      retry();
    }
  }
  start();
  return connection;
}
