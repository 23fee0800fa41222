// Jury notices over SignalR (re-score requests, resolutions, locks, corrections) for the judge's tablet
// and the chief judge's console, and the live standings (never frozen) for the console. Reconnects by
// itself and joins the competition's jury group again.
export function connectJury(competitionId, token, onNotice, onState = () => {}, onLeaderboard = null) {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl('/hubs/jury', { accessTokenFactory: () => token })
    .withAutomaticReconnect()
    .build();
  connection.on('jury', onNotice);
  if (onLeaderboard) connection.on('leaderboard', onLeaderboard);
  connection.onreconnecting(() => onState('reconnecting'));
  connection.onreconnected(async () => {
    await connection.invoke('Join', competitionId);
    onState('live');
  });
  connection.onclose(() => {
    onState('offline');
    setTimeout(start, 5000);
  });
  const start = async () => {
    try {
      await connection.start();
      await connection.invoke('Join', competitionId);
      onState('live');
    } catch {
      onState('offline');
      setTimeout(start, 5000);
    }
  };
  start();
  return connection;
}
