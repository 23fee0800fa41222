// Public certificate verification: by number, or by pasting a credential someone presents. Everything
// shown comes from the signed credential. By number alone only the state shows; the details take the
// holder's name (or last four ID characters) or the token the certificate's QR code carries
// (/verify/{number}?token=…). Whether an ID number is the holder's is answered yes or no.
import { api, ApiError, describeError } from './api.js';
import { $, definitions } from './dom.js';
import { installLanguageSwitch, t } from './i18n.js';
import { certificateFacts } from './certificate-facts.js';
import { guidancePanel } from './wage-charts.js';
import { localDate } from './dates.js';

let verification = null;
let wageGuidance = null;
const token = new URLSearchParams(location.search).get('token') ?? '';
let holder = '';

/** The query that opens a certificate's details: the QR token, else the holder named on this page. */
function opening() {
  const query = new URLSearchParams();
  if (token) query.set('token', token);
  else if (holder) query.set('holder', holder);
  return query.size ? `?${query}` : '';
}

function numberFromPath() {
  const parts = location.pathname.split('/').filter(Boolean);
  return parts.length === 2 ? decodeURIComponent(parts[1]) : '';
}

function render() {
  if (!verification) return;
  const { state, number, certificate } = verification;
  $('result').classList.remove('hidden');
  $('result').dataset.state = state;
  $('state').textContent = t(`verify.state.${state}`);
  $('state-message').textContent = t(`verify.explain.${state}`, { until: localDate(certificate?.validUntil) });
  const reason = verification.reason ? `${t('verify.reason')}：${verification.reason}` : '';
  const when = verification.changedAt ? `（${localDate(verification.changedAt)}）` : '';
  $('state-reason').textContent = reason + (reason ? when : '');
  $('successor').classList.toggle('hidden', !verification.supersededBy);
  if (verification.supersededBy) {
    $('successor-link').href = `/verify/${encodeURIComponent(verification.supersededBy)}`;
    $('successor-link').textContent = t('verify.successor', { number: verification.supersededBy });
  }
  $('details').replaceChildren(...(certificate ? definitions(certificateFacts(certificate)) : []));
  $('holder-form').classList.toggle('hidden', !verification.detailsWithheld);
  $('certificate-actions').classList.toggle('hidden', !certificate || !token);
  // What the level is worth where the holder works: only while the certificate proves it.
  $('wage-guidance').replaceChildren(...(state === 'valid' && wageGuidance?.number === number ? [guidancePanel(wageGuidance)] : []));
  $('print').href = `/certificates/${encodeURIComponent(number)}/print${opening()}`;
  $('credential').href = `/api/certificates/${encodeURIComponent(number)}/credential${opening()}`;
}

/** Fetches the guidance for a valid certificate, then shows it; the verdict does not wait for it. */
async function loadWageGuidance() {
  if (verification?.state !== 'valid' || !verification.certificate) return;
  try {
    wageGuidance = await api(`/api/certificates/${encodeURIComponent(verification.number)}/wage-guidance${opening()}`);
    render();
  } catch {
    wageGuidance = null;
  }
}

async function verifyNumber(number) {
  $('message').textContent = '';
  $('number').value = number;
  try {
    verification = await api(`/api/certificates/${encodeURIComponent(number)}/verify${opening()}`);
    if (holder && verification.detailsWithheld) $('message').textContent = t('verify.holderWrong');
    document.title = `${t('verify.title')} · ${number}`;
    render();
    await loadWageGuidance();
  } catch (error) {
    verification = null;
    $('result').classList.add('hidden');
    $('message').textContent = describeError(error);
  }
}

async function verifyPresented() {
  $('message').textContent = '';
  try {
    const response = await fetch('/api/credentials/verify', {
      method: 'POST', headers: { 'Content-Type': 'application/vc+jwt', Accept: 'application/json' }, body: $('jwt').value.trim(),
    });
    const payload = await response.json();
    if (!response.ok) throw new ApiError(response.status, payload);
    verification = payload;
    render();
    await loadWageGuidance();
    $('result').scrollIntoView({ behavior: 'smooth' });
  } catch (error) {
    $('message').textContent = describeError(error);
  }
}

$('lookup').addEventListener('submit', (event) => {
  event.preventDefault();
  const number = $('number').value.trim().toUpperCase();
  holder = '';
  history.pushState(null, '', `/verify/${encodeURIComponent(number)}`);
  verifyNumber(number);
});
$('verify-jwt').addEventListener('click', verifyPresented);
$('holder-form').addEventListener('submit', (event) => {
  event.preventDefault();
  holder = $('holder').value.trim();
  verifyNumber(verification.number);
});
$('check-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('check-answer').textContent = '';
  const number = verification?.number ?? $('number').value.trim().toUpperCase();
  try {
    const answer = await api(`/api/certificates/${encodeURIComponent(number)}/holder-check`,
      { method: 'POST', body: { nationalId: $('national-id').value.trim() } });
    $('check-answer').textContent = t(answer.matches ? 'verify.checkYes' : 'verify.checkNo');
  } catch (error) {
    $('check-answer').textContent = describeError(error);
  }
});
window.addEventListener('popstate', () => numberFromPath() && verifyNumber(numberFromPath()));
installLanguageSwitch($('lang'), render);
if (numberFromPath()) await verifyNumber(numberFromPath());
