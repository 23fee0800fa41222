// What a certificate states, as label/value pairs in the page's language: shared by the verification
// page and the printable certificate.
import { t } from './i18n.js';
import { localDate } from './dates.js';

const numerals = ['', '一', '二', '三', '四', '五'];

export function levelText(certificate, translate = t) {
  const code = certificate.nationalLevelCode;
  return code ? translate('certificate.levelWithCode', { name: certificate.levelName, code, numeral: numerals[code] }) : certificate.levelName;
}

export function certificateFacts(certificate) {
  return [
    [t('certificate.number'), certificate.number],
    [t('certificate.holder'), certificate.holder],
    [t('certificate.occupation'), `${certificate.occupationName}（${certificate.occupationCode}）`],
    [t('certificate.level'), levelText(certificate)],
    [t('certificate.achievement'), certificate.achievement],
    [t('certificate.organization'), certificate.organization],
    [t('certificate.validFrom'), localDate(certificate.validFrom)],
    [t('certificate.validUntil'), certificate.validUntil ? localDate(certificate.validUntil) : t('certificate.noExpiry')],
    [t('certificate.criteria'), certificate.criteria],
    [t('certificate.evidence'), certificate.evidence],
    [t('certificate.framework'), certificate.occupationFramework],
    [t('certificate.key'), certificate.keyId],
  ];
}
