// What the signed-in consoles (HR, bargaining) share: the sign-in form for the roles a console serves,
// the session it keeps for the browser tab, and signing out (also when the server says the token expired).
import { describeError } from './api.js';
import { t } from './i18n.js';
import { $, element } from './dom.js';
import { forget, signIn, storedSession } from './session.js';

/**
 * Fills #sign-in with the form and wires #sign-out; onSignedIn(session) opens the console.
 * Returns { session(), signOut(message) }.
 */
export function consoleShell({ sessionKey, roles, titleKey, notAllowedKey, onSignedIn }) {
  let session = storedSession(sessionKey);
  const field = (id, labelKey, props) => [
    element('label', { htmlFor: id, dataset: { i18n: labelKey } }),
    element('input', { id, required: true, ...props })];
  const form = element('form', { id: 'sign-in-form' },
    ...field('username', 'hr.username', { autocomplete: 'username' }),
    ...field('password', 'hr.password', { type: 'password', autocomplete: 'current-password' }),
    element('p', { className: 'actions' }, element('button', { type: 'submit', dataset: { i18n: 'judge.signInButton' } })),
    element('p', { id: 'sign-in-message', className: 'message error', role: 'alert' }));
  $('sign-in').replaceChildren(element('h2', { dataset: { i18n: titleKey } }), form);

  function signOut(message = '') {
    session = null;
    forget(sessionKey);
    $('console').classList.add('hidden');
    $('sign-out').classList.add('hidden');
    $('sign-in').classList.remove('hidden');
    $('sign-in-message').textContent = message;
  }

  async function open() {
    $('sign-in').classList.add('hidden');
    $('console').classList.remove('hidden');
    $('sign-out').classList.remove('hidden');
    await onSignedIn(session);
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      session = await signIn(sessionKey, $('username').value, $('password').value, roles, t(notAllowedKey));
      $('password').value = '';
      await open();
    } catch (error) {
      $('sign-in-message').textContent = describeError(error);
    }
  });
  $('sign-out').addEventListener('click', () => signOut());

  return {
    session: () => session,
    signOut,
    /** Opens the console when this tab is still signed in, else shows the form. */
    start: () => (session ? open() : signOut()),
  };
}
