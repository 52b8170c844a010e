import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
/** The parsed values for a set of options, as `parseArgs` types them. */
type Values<O extends Options> = ReturnType<typeof parseArgs<{ options: O; strict: true }>>['values'];

/**
 * Parse a script's options strictly, with `--help`: an unknown or malformed option prints the
 * error and the usage line and exits 2; `--help` prints the usage line and exits 0.
 */
export function parseCommandLine<const O extends Options>(options: O, usage: string): Values<O> {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({ options: { ...options, help: { type: 'boolean' } }, strict: true }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  return values as Values<O>;
}
