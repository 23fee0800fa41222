// What the signed-in consoles (organizer, check-in, HR, bargaining) share: the sign-in form for the
// roles a console serves, the session it keeps for the browser tab, calls made with its token, the
// message line that reports an action, and signing out (also when the server says the token expired).
import { api, ApiError, describeError } from './api.js';
import { t } from './i18n.js';
import { $, element } from './dom.js';
import { forget, signIn, storedSession } from './session.js';

/**
 * Fills #sign-in with the form and wires #sign-out; onSignedIn(session) opens the console; messageId
 * names the console's message line. Returns { session(), signOut(message), start(), call, say, act }.
 */
export function consoleShell({ sessionKey, roles, titleKey, notAllowedKey, onSignedIn, messageId = 'console-message' }) {
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

  /** Reports an outcome on the message line; the line keeps the classes its page gave it. */
  function say(text, ok = true) {
    const line = $(messageId);
    line.textContent = text;
    line.classList.toggle('ok', ok);
    line.classList.toggle('error', !ok);
  }

  /** Runs an action and reports it (done: the message, or a function of the result); a stale session signs out. */
  async function act(work, done) {
    try {
      const result = await work();
      if (done) say(typeof done === 'function' ? done(result) : done);
      return result;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return signOut(t('error.unauthorized'));
      say(describeError(error), false);
      return undefined;
    }
  }

  return {
    session: () => session,
    signOut,
    say,
    act,
    /** The API with this session's token. */
    call: (path, options = {}) => api(path, { ...options, token: session.token }),
    /** Opens the console when this tab is still signed in, else shows the form. */
    start: () => (session ? open() : signOut()),
  };
}
