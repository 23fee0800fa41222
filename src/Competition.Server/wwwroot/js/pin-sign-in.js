// PIN sign-in for the judge's tablet and the chief judge's console: pick the competition and the judge,
// type the PIN. The session stays on the device until it expires, so a tablet signs in once a day; a
// PIN slip's QR code (?competition=…&judge=…) preselects both, leaving only the PIN to type.
import { api, describeError } from './api.js';
import { $, element } from './dom.js';
import { t } from './i18n.js';

/**
 * key: where the session is kept; statuses: the competitions offered; eligible(judge): who may sign in
 * here (everyone when left out); noneKey: the message when no competition is open; onShow(): hides the signed-in view;
 * onSignedIn(session): shows it.
 */
export class PinSignIn {
  #options;

  constructor(options) {
    this.#options = options;
    const stored = JSON.parse(localStorage.getItem(options.key) ?? 'null');
    this.session = stored && Date.parse(stored.expiresAt) > Date.now() ? stored : null;
    $('sign-in-form').addEventListener('submit', (event) => this.#signIn(event));
    $('competition').addEventListener('change', () => this.#loadJudges());
    $('sign-out').addEventListener('click', () => this.signOut());
  }

  async show(message = '') {
    this.#options.onShow();
    $('sign-out').classList.add('hidden');
    $('sign-in').classList.remove('hidden');
    $('sign-in-message').textContent = message;
    try {
      const open = await api(`/api/competitions?status=${this.#options.statuses}&pageSize=500`);
      $('competition').replaceChildren(...open.map((c) => element('option', { value: c.id, textContent: c.name })));
      if (open.length === 0 && this.#options.noneKey) $('sign-in-message').textContent = t(this.#options.noneKey);
      const wanted = new URLSearchParams(location.search).get('competition');
      if (wanted && open.some((c) => String(c.id) === wanted)) $('competition').value = wanted;
      await this.#loadJudges();
    } catch (error) {
      $('sign-in-message').textContent = describeError(error);
    }
  }

  /** Tells the server to refuse the token from now on (when it can be told) and shows the form again. */
  signOut(message = '') {
    this.#options.onSignOut?.();
    api('/api/auth/sign-out', { method: 'POST', token: this.session?.token }).catch(() => {});
    localStorage.removeItem(this.#options.key);
    this.session = null;
    return this.show(message);
  }

  async #loadJudges() {
    const id = $('competition').value;
    if (!id) return $('judge').replaceChildren();
    const competition = await api(`/api/competitions/${id}`);
    const judges = competition.judges.filter(this.#options.eligible ?? (() => true));
    $('judge').replaceChildren(...judges.map((j) => element('option', { value: j.id, textContent: `${j.name}（${j.employer}）` })));
    const wanted = new URLSearchParams(location.search).get('judge');
    if (wanted && judges.some((j) => String(j.id) === wanted)) $('judge').value = wanted;
  }

  async #signIn(event) {
    event.preventDefault();
    const competitionId = Number($('competition').value);
    const judgeId = Number($('judge').value);
    try {
      const answer = await api('/api/auth/judge', { method: 'POST', body: { competitionId, judgeId, pin: $('pin').value } });
      this.session = { token: answer.token, expiresAt: answer.expiresAt, competitionId, judgeId, name: $('judge').selectedOptions[0].textContent };
      localStorage.setItem(this.#options.key, JSON.stringify(this.session));
      $('pin').value = '';
      await this.#options.onSignedIn(this.session);
    } catch (error) {
      $('sign-in-message').textContent = describeError(error);
    }
  }
}
