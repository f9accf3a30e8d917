/** The moment the build treats as "now": INSOURCE_NOW (an ISO date, to preview a schedule) or the real clock. */
export function buildTime(env: Record<string, string | undefined>, clock: () => Date = () => new Date()): Date {
  const override = env['INSOURCE_NOW'];
  if (!override) return clock();
  const parsed = new Date(override);
  if (Number.isNaN(parsed.getTime())) throw new Error(`INSOURCE_NOW="${override}" is not a date; use a form like 2026-03-14 or 2026-03-14T09:00:00Z.`);
  return parsed;
}
