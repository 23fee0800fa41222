// Calendar dates as the platform keeps them: in its own time zone (Asia/Shanghai unless configured),
// never UTC's and never the device's. Signed timestamps arrive in UTC; the dates printed are local.
import { api } from './api.js';

const { timeZone } = await api('/api/platform');
const format = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The platform's date (yyyy-MM-dd) of an instant such as "2026-12-31T16:30:00Z"; '' for none. */
export const localDate = (instant) => (instant ? format.format(new Date(instant)) : '');

/** Today where the platform is. */
export const today = () => format.format(new Date());

const clock = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const offsetName = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });

/** "yyyy-MM-dd HH:mm" where the platform is (a session's start as the venue reads it); '' for none. */
export const localDateTime = (instant) => (instant ? clock.format(new Date(instant)) : '');

/** A wall-clock time typed for the venue ("2027-04-20T08:30") as an instant with the platform's offset. */
export function venueTime(local) {
  const name = offsetName.formatToParts(new Date(`${local}:00Z`)).find((p) => p.type === 'timeZoneName').value;
  return `${local}:00${name === 'GMT' ? '+00:00' : name.slice(3)}`;
}
