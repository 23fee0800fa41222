// One competition's public board as pushed over SignalR: a whole board on Watch ('leaderboard'), then
// only the rows that changed ('leaderboardChanges', each naming the version it follows on from).
// Changes that do not follow on from the board held are kept for a moment (the whole board they follow
// may still be on its way); if they cannot be applied, onGap asks for the whole board again.
const keptChanges = 16;

export class LiveBoard {
  #board = null;
  #pending = [];

  constructor(onBoard, onGap) {
    this.onBoard = onBoard;
    this.onGap = onGap;
  }

  get board() {
    return this.#board;
  }

  /** A whole board (from Watch, or over HTTP). Ignored when not newer than the one held. */
  whole(board) {
    if (this.#board && board.version <= this.#board.version) return;
    this.#board = board;
    this.#applyPending();
    this.onBoard(this.#board);
  }

  /** The rows that changed since changes.previousVersion. */
  changes(changes) {
    if (this.#board && changes.version <= this.#board.version) return;
    this.#pending.push(changes);
    if (this.#pending.length > keptChanges) this.#pending.shift();
    if (!this.#board) return;
    const before = this.#board.version;
    this.#applyPending();
    if (this.#board.version > before) this.onBoard(this.#board);
    else this.onGap();
  }

  #applyPending() {
    this.#pending = this.#pending.filter((c) => c.version > this.#board.version).sort((a, b) => a.version - b.version);
    let next;
    while ((next = this.#pending.find((c) => c.previousVersion === this.#board.version))) {
      const rows = this.#board.rows.slice(0, next.count);
      for (const { position, row } of next.rows) rows[position] = row;
      this.#board = { competitionId: next.competitionId, version: next.version, phase: next.phase, rows };
      this.#pending = this.#pending.filter((c) => c.version > next.version);
    }
  }
}
