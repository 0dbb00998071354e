/** `--name value`, `--name=value` and bare `--flag` options; anything else is an error. */
export function parseArgs(argv: string[], flags: readonly string[], options: readonly string[]) {
  const values = new Map<string, string>();
  const set = new Set<string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    const match = /^--([a-z][a-z-]*)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`Unexpected argument "${arg}".`);
    const [, name, inline] = match as unknown as [string, string, string | undefined];
    if (flags.includes(name)) {
      set.add(name);
    } else if (options.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Error(`--${name} needs a value.`);
      values.set(name, value);
    } else {
      throw new Error(
        `Unknown option --${name}. Options: ${[...flags, ...options].map((o) => `--${o}`).join(' ')}`,
      );
    }
  }
  return {
    flag: (name: string) => set.has(name),
    string: (name: string) => values.get(name),
    int: (name: string, fallback: number) => {
      const raw = values.get(name);
      if (raw === undefined) return fallback;
      const n = Number(raw.replace(/_/g, ''));
      if (!Number.isInteger(n) || n < 0)
        throw new Error(`--${name} must be a whole number, not "${raw}".`);
      return n;
    },
  };
}
