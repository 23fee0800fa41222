// Calendar dates as the platform keeps them: in its own time zone (Asia/Shanghai unless configured),
// never UTC's and never the device's. Signed timestamps arrive in UTC; the dates printed are local.
import { api } from './api.js';

const { timeZone } = await api('/api/platform');
const format = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The platform's date (yyyy-MM-dd) of an instant such as "2026-12-31T16:30:00Z"; '' for none. */
export const localDate = (instant) => (instant ? format.format(new Date(instant)) : '');

/** Today where the platform is. */
export const today = () => format.format(new Date());
