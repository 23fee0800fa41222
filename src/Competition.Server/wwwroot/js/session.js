// A signed-in console's session: the token and who it belongs to, kept for the browser tab only.
import { api } from './api.js';

function tokenClaims(token) {
  const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(part), (c) => c.charCodeAt(0))));
}

/** The session stored under this key, unless it has expired. */
export function storedSession(key) {
  const session = JSON.parse(sessionStorage.getItem(key) ?? 'null');
  return session && Date.parse(session.expiresAt) > Date.now() ? session : null;
}

/** Signs in and stores the session; refuses (with notAllowed as the message) an account of another role. */
export async function signIn(key, username, password, roles, notAllowed) {
  const answer = await api('/api/auth/token', { method: 'POST', body: { username, password } });
  const claims = tokenClaims(answer.token);
  // An administrator's token carries the organizer role too: the claim is then a list.
  const held = [].concat(claims.role);
  const role = roles.find((r) => held.includes(r));
  if (!role) throw new Error(notAllowed);
  const session = {
    token: answer.token, expiresAt: answer.expiresAt, role, roles: held, username,
    organization: claims.organization, organizationId: claims.organization_id ? Number(claims.organization_id) : null,
  };
  sessionStorage.setItem(key, JSON.stringify(session));
  return session;
}

export const forget = (key) => sessionStorage.removeItem(key);
