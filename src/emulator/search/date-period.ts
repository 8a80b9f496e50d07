/** A span of time in epoch milliseconds, both ends inclusive. */
export interface DatePeriod {
  start: number;
  end: number;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * The period a date in a query stands for: `2017`, `2017-12` and `2017-12-31` cover the whole year,
 * month or day (UTC), so `last_login:[* TO 2017-12-31]` includes that day; a full ISO date-time
 * (UTC unless it names an offset) is one instant. Undefined when `text` is no such date.
 */
export function datePeriod(text: string): DatePeriod | undefined {
  const partial = PARTIAL_DATE.exec(text);
  if (partial) {
    const year = Number(partial[1]);
    const month = partial[2] === undefined ? undefined : Number(partial[2]);
    const day = partial[3] === undefined ? undefined : Number(partial[3]);
    if (month !== undefined && (month < 1 || month > 12)) return undefined;
    const start = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
    if (day !== undefined && new Date(start).getUTCDate() !== day) return undefined;
    const next =
      day !== undefined ? Date.UTC(year, month! - 1, day + 1) : month !== undefined ? Date.UTC(year, month, 1) : Date.UTC(year + 1, 0, 1);
    return { start, end: next - 1 };
  }
  const dateTime = DATE_TIME.exec(text);
  if (dateTime) {
    const instant = Date.parse(dateTime[1] === undefined ? `${text}Z` : text);
    return Number.isNaN(instant) ? undefined : { start: instant, end: instant };
  }
  return undefined;
}
