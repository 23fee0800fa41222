// Every mark is written to IndexedDB on the tablet before it is sent, and sent in order until the server
// has answered it: saved (with its ledger sequence) or refused (with the reason). A reload, a crash or
// hours offline lose nothing; the submissionId, chosen here, makes a resend count once.
const DATABASE = 'competition-judge';
const STORE = 'marks';

function openDatabase() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'submissionId' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function withStore(mode, work) {
  const db = await openDatabase();
  try {
    return await new Promise((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const result = work(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(result?.result ?? result);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    db.close();
  }
}

/** Stores a new mark as pending; resolves once it is safely on the tablet. */
export function enqueue(mark) {
  return withStore('readwrite', (store) => store.add({ ...mark, status: 'pending', createdAt: Date.now() }));
}

/** This judge's marks in this competition, oldest first. */
export async function list(competitionId, judgeId) {
  const all = await withStore('readonly', (store) => store.getAll());
  return all.filter((m) => m.competitionId === competitionId && m.judgeId === judgeId).sort((a, b) => a.createdAt - b.createdAt);
}

/** Forgets the oldest answered marks beyond <keep>; a mark still waiting is never dropped. */
export async function prune(competitionId, judgeId, keep = 500) {
  const answered = (await list(competitionId, judgeId)).filter((m) => m.status !== 'pending');
  const old = answered.slice(0, Math.max(0, answered.length - keep));
  if (old.length > 0) await withStore('readwrite', (store) => old.forEach((m) => store.delete(m.submissionId)));
}

function update(mark) {
  return withStore('readwrite', (store) => store.put(mark));
}

/**
 * Sends pending marks one at a time, oldest first. <send> answers { sequence } or { refused: reason },
 * or throws when the network or server is unavailable; then sending pauses and retries with back-off
 * (1 s doubling to 30 s), or at once when the browser says it is back online.
 */
export function createSender({ competitionId, judgeId, send, onChange }) {
  let running = false;
  let timer = null;
  let delay = 1000;

  async function flush() {
    if (running) return;
    running = true;
    clearTimeout(timer);
    try {
      for (const mark of await list(competitionId, judgeId)) {
        if (mark.status !== 'pending') continue;
        const answer = await send(mark);
        await update(answer.refused ? { ...mark, status: 'refused', reason: answer.refused } : { ...mark, status: 'saved', sequence: answer.sequence });
        delay = 1000;
        onChange();
      }
    } catch {
      timer = setTimeout(flush, delay);
      delay = Math.min(delay * 2, 30000);
    } finally {
      running = false;
    }
  }

  window.addEventListener('online', flush);
  return { flush, stop: () => { clearTimeout(timer); window.removeEventListener('online', flush); } };
}
