// Chinese by default, English a click away; the choice is remembered on the device.
const dictionaries = {
  'zh-CN': {
    'app.title': '职工技能竞赛平台',
    'lang.switch': 'English',
    'index.heading': '竞赛',
    'index.empty': '还没有竞赛。',
    'index.contestants': '选手',
    'index.judges': '裁判',
    'index.board': '排行榜',
    'index.judge': '裁判评分',
    'index.api': 'API 文档',
    'status.draft': '未开始',
    'status.live': '进行中',
    'board.rank': '名次',
    'board.bib': '号码',
    'board.name': '姓名',
    'board.employer': '单位',
    'board.total': '总分',
    'board.standardised': '标准分',
    'board.outOfRanking': '不排名',
    'board.live': '实时',
    'board.connecting': '连接中…',
    'board.reconnecting': '重新连接中…',
    'board.offline': '连接已断开',
    'board.version': '版本',
    'board.notFound': '找不到这个竞赛。',
    'judge.signIn': '裁判登录',
    'judge.competition': '竞赛',
    'judge.judge': '裁判',
    'judge.pin': '登录密码（PIN）',
    'judge.signInButton': '登录',
    'judge.signOut': '退出',
    'judge.contestant': '选手',
    'judge.aspect': '评分项',
    'judge.value': '分数',
    'judge.score': '评价分（0–3）',
    'judge.measure': '测量结果（满分、扣分或零分）',
    'judge.reason': '已评过此项，修改理由（必填）',
    'judge.reasonNeeded': '修改已提交的评分需要填写理由。',
    'judge.range': '范围 0 – {max}',
    'judge.submit': '提交评分',
    'judge.saved': '已保存（序号 {sequence}）',
    'judge.sending': '提交中…',
    'judge.recent': '我的评分',
    'judge.noMarks': '还没有评分。',
    'judge.pickValue': '请先选择或输入分数。',
    'judge.kind.measurement': '测量',
    'judge.kind.judgement': '评价',
    'judge.kind.graded': '打分',
    'judge.noLive': '目前没有进行中的竞赛。',
    'error.network': '网络不通，评分未提交，请稍后重试。',
    'error.auth.refused': '竞赛、裁判或密码不正确。',
    'error.auth.locked-out': '密码错误次数过多，请几分钟后再试。',
    'error.mark.out-of-range': '分数超出范围。',
    'error.mark.too-precise': '分数最多保留两位小数。',
    'error.mark.not-allowed': '测量项只能评满分、零分或规定的扣分。',
    'error.mark.reason-required': '修改已提交的评分需要填写理由。',
    'error.module.locked': '该模块已锁定：修改需由总裁判提出并经组织方批准。',
    'error.results.locked': '成绩已锁定：修改需由总裁判提出并经组织方批准。',
    'error.judge.conflict-of-interest': '裁判不能为本单位的选手评分。',
    'error.judge.not-on-panel': '您不在这个评分项的裁判组中。',
    'error.judge.not-assigned': '这名选手没有分配给您。',
    'error.competition.not-live': '竞赛尚未开始，暂不能评分。',
    'error.judge.other-competition': '您的登录不属于这个竞赛，请重新登录。',
    'error.contestant.not-found': '找不到这名选手。',
    'error.aspect.not-found': '找不到这个评分项。',
    'error.submission.reused': '这条评分的编号已被使用。',
    'error.ledger.unavailable': '评分暂时无法保存，请重新提交。',
    'error.unauthorized': '登录已过期，请重新登录。',
  },
  en: {
    'app.title': 'Skills Competition Platform',
    'lang.switch': '中文',
    'index.heading': 'Competitions',
    'index.empty': 'No competitions yet.',
    'index.contestants': 'contestants',
    'index.judges': 'judges',
    'index.board': 'Leaderboard',
    'index.judge': 'Judge marking',
    'index.api': 'API reference',
    'status.draft': 'Not started',
    'status.live': 'Live',
    'board.rank': 'Rank',
    'board.bib': 'Bib',
    'board.name': 'Name',
    'board.employer': 'Employer',
    'board.total': 'Total',
    'board.standardised': 'Scaled',
    'board.outOfRanking': 'guest',
    'board.live': 'Live',
    'board.connecting': 'Connecting…',
    'board.reconnecting': 'Reconnecting…',
    'board.offline': 'Disconnected',
    'board.version': 'Version',
    'board.notFound': 'This competition does not exist.',
    'judge.signIn': 'Judge sign-in',
    'judge.competition': 'Competition',
    'judge.judge': 'Judge',
    'judge.pin': 'PIN',
    'judge.signInButton': 'Sign in',
    'judge.signOut': 'Sign out',
    'judge.contestant': 'Contestant',
    'judge.aspect': 'Aspect',
    'judge.value': 'Mark',
    'judge.score': 'Judgement score (0–3)',
    'judge.measure': 'Measurement (full mark, a deduction, or zero)',
    'judge.reason': 'Already marked: reason for the change (required)',
    'judge.reasonNeeded': 'Give a reason to change a mark you have submitted.',
    'judge.range': 'Range 0 – {max}',
    'judge.submit': 'Submit mark',
    'judge.saved': 'Saved (sequence {sequence})',
    'judge.sending': 'Sending…',
    'judge.recent': 'My marks',
    'judge.noMarks': 'No marks yet.',
    'judge.pickValue': 'Choose or enter a mark first.',
    'judge.kind.measurement': 'measurement',
    'judge.kind.judgement': 'judgement',
    'judge.kind.graded': 'graded',
    'judge.noLive': 'No competition is live right now.',
    'error.network': 'No network: the mark was not sent. Try again shortly.',
    'error.unauthorized': 'Your sign-in has expired. Please sign in again.',
  },
};

const storageKey = 'competition.lang';

export function currentLanguage() {
  return localStorage.getItem(storageKey) === 'en' ? 'en' : 'zh-CN';
}

/** Translates a key, filling {placeholders}; without a translation, the fallback (e.g. the server's own words). */
export function t(key, values = {}, fallback = undefined) {
  const text = dictionaries[currentLanguage()][key] ?? fallback ?? dictionaries['zh-CN'][key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => values[name] ?? '');
}

/** Fills every element carrying data-i18n with its text in the current language. */
export function applyTranslations(root = document) {
  document.documentElement.lang = currentLanguage();
  for (const element of root.querySelectorAll('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n);
  }
}

/** Wires a button that toggles the language and re-renders the page. */
export function installLanguageSwitch(button, rerender) {
  const refresh = () => {
    button.textContent = t('lang.switch');
    applyTranslations();
    rerender?.();
  };
  button.addEventListener('click', () => {
    localStorage.setItem(storageKey, currentLanguage() === 'en' ? 'zh-CN' : 'en');
    refresh();
  });
  refresh();
}
