import { parseArgs } from 'node:util';
import { CommandError } from '../../src/lib/errors.ts';

/**
 * Runs a command's work and returns its exit code: a `CommandError` (a failure the user can fix) is
 * printed as its message alone and exits with 1; any other error is a bug and is thrown as it is.
 */
export async function exitCodeOf(work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (error) {
    return commandFailed(error, 1);
  }
}

/**
 * The exit code of a command that caught `error`: a CommandError is a problem the person at the keyboard
 * can fix, printed as it is (no stack trace), with `code`; anything else is a bug and is thrown on.
 */
export function commandFailed(error: unknown, code = 2): number {
  if (error instanceof CommandError) {
    console.error(error.message);
    return code;
  }
  throw error;
}

/** A command's parsed arguments, or the exit code when it has already answered (usage error, `--help`). */
export function readArgs(
  args: string[],
  options: Record<string, { type: 'string' | 'boolean' }>,
  help: string,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } | number {
  try {
    const parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: true });
    if (parsed.values.help) {
      process.stdout.write(help);
      return 0;
    }
    return parsed as { values: Record<string, string | boolean | undefined>; positionals: string[] };
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${help}`);
    return 2;
  }
}
