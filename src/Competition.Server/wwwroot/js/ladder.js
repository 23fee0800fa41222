// The skill ladder and the competition awards as the API names them, lowest rung first, and how a level
// reads in the page's language (none / null: no certificate, as wage guidance has it).
import { t } from './i18n.js';
import './wages-i18n.js';

export const skillLevels = ['apprentice', 'junior', 'intermediate', 'senior', 'technician', 'seniorTechnician', 'principalTechnician', 'chiefTechnician'];

export const awards = ['gold', 'silver', 'bronze', 'firstPrize', 'secondPrize', 'thirdPrize', 'excellence'];

export const levelLabel = (level) => (level && level !== 'none' ? t(`level.${level}`) : t('wages.noCertificate'));
