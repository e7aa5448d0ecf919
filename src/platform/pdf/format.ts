/** Integer fen → "¥1,234.56" (negative: "-¥12.00"). Throws on a fractional or unsafe amount. */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`formatFen: not an integer amount of fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (abs % 100).toString().padStart(2, '0');
  return `${sign}¥${yuan}.${cents}`;
}

const shanghai = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant shown in Asia/Shanghai: "2025-03-01 10:20" (or only the date with dateOnly). */
export function formatShanghai(at: string | Date, dateOnly = false): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) throw new RangeError(`formatShanghai: not a date: ${String(at)}`);
  const p = Object.fromEntries(shanghai.formatToParts(d).map((x) => [x.type, x.value]));
  const date = `${p.year}-${p.month}-${p.day}`;
  return dateOnly ? date : `${date} ${p.hour}:${p.minute}`;
}
