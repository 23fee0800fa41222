// Jury notices over SignalR (re-score requests, resolutions, locks, corrections) for the judge's tablet
// and the chief judge's console, and the live standings (never frozen) for the console.
import { connectLive } from './live.js';

export const connectJury = (competitionId, token, onNotice, onState = () => {}, onLeaderboard = null) => connectLive('/hubs/jury', {
  token,
  handlers: { jury: onNotice, ...(onLeaderboard ? { leaderboard: onLeaderboard } : {}) },
  join: (connection) => connection.invoke('Join', competitionId),
  onState,
});
