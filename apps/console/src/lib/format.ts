const integer = new Intl.NumberFormat('en');
const date = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

export function formatCount(n: number): string {
  return integer.format(n);
}

/** "21 November 2026" from an ISO date-time; null when absent or unreadable. */
export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const parsed = new Date(iso);
  return Number.isNaN(parsed.getTime()) ? null : date.format(parsed);
}
