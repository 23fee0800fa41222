// The printable certificate (A4 landscape, Chinese) with a QR code that opens its verification page
// with the certificate's token, so whoever scans it sees the details. Opened with that token (from the
// HR page or the verification page); built from the verification answer, so what is printed is what the
// signed credential says; a certificate that is not in force prints with its state across it.
import { qrSvg } from './qr.js';
import { api, describeError } from './api.js';
import { $, definitions } from './dom.js';
import { installLanguageSwitch, chinese } from './i18n.js';
import { levelText } from './certificate-facts.js';
import { localDate } from './dates.js';

const number = decodeURIComponent(location.pathname.split('/').filter(Boolean)[1] ?? '');
const token = new URLSearchParams(location.search).get('token') ?? '';
const stateNames = { revoked: '已撤销', suspended: '已暂停', expired: '已过期', superseded: '已换发新证' };

function render(verification) {
  const c = verification.certificate;
  document.title = `职业技能等级证书 · ${c.holder}`;
  $('issuer').textContent = c.organization;
  const level = levelText(c, chinese);
  $('statement').textContent = `兹证明 ${c.holder} 经考核评价合格，取得${c.occupationName}职业（工种）${level}职业技能等级。`;
  $('criteria').textContent = `认定依据：${c.criteria}`;
  $('facts').replaceChildren(...definitions([
    ['职业（工种）', c.achievement.split(' · ')[0]], ['职业编码', `${c.occupationCode}（${c.occupationFramework}）`],
    ['技能等级', level], ['发证日期', localDate(c.validFrom)],
  ]));
  $('number').textContent = c.number;
  $('validity').textContent = c.validUntil ? `有效期至 ${localDate(c.validUntil)}` : '长期有效';
  $('seal').textContent = c.organization;
  const url = `${location.origin}/verify/${encodeURIComponent(c.number)}?token=${encodeURIComponent(token)}`;
  $('qr').href = url;
  // The SVG comes from the QR library for our own URL: no outside markup.
  $('qr-code').innerHTML = qrSvg(url);
  const notInForce = stateNames[verification.state];
  $('watermark').classList.toggle('hidden', !notInForce);
  $('watermark').textContent = notInForce ?? '';
  $('certificate').classList.remove('hidden');
}

$('print').addEventListener('click', () => window.print());
installLanguageSwitch($('lang'));
try {
  const verification = await api(`/api/certificates/${encodeURIComponent(number)}/verify?token=${encodeURIComponent(token)}`);
  if (verification.certificate) {
    render(verification);
  } else {
    $('message').textContent = verification.message;
  }
} catch (error) {
  $('message').textContent = describeError(error);
}
