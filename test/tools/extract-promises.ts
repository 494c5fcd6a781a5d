/**
 * `npm run extract:promises -- IN.jsonl [OUT.jsonl]`: Keel's promise extractor on saved agent
 * replies, so it can be checked on real text. Each input line is
 * `{"id", "at", "timeZone"?, "text"}` (`at` the message's ISO time; `timeZone` the IANA zone its
 * times mean, UTC when absent); each output line is `{"id", "promises": [{"quote", "dueAt"}]}`,
 * one per input line and in the same order (`dueAt` ISO, or null when the words name no time).
 * A line that cannot be read is named on stderr with its line number and why, the other lines
 * are still extracted, and the command exits 1; bad usage exits 2.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { z } from 'zod/mini';
import { isTimeZone } from '../../lib/cadence';
import { extractPromises } from '../../lib/promises';

const LineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  at: z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'not an ISO time')),
  timeZone: z.optional(z.string().check(z.refine(isTimeZone, 'not an IANA time zone (e.g. Europe/Berlin)'))),
  text: z.string(),
});

export interface ExtractOutcome {
  lines: string[];
  errors: string[];
}

/** Every non-empty input line → one output line, or one error naming the line. */
export function extractLines(input: string): ExtractOutcome {
  const lines: string[] = [];
  const errors: string[] = [];
  input
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      if (raw.trim() === '') return;
      const where = `line ${index + 1}`;
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch (error) {
        errors.push(`${where}: not JSON (${error instanceof Error ? error.message : String(error)})`);
        return;
      }
      const parsed = LineSchema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        errors.push(`${where}: ${issue.path.join('.') || 'line'}: ${issue.message}`);
        return;
      }
      const { id, at, timeZone, text } = parsed.data;
      const promises = extractPromises(text, { at, timeZone: timeZone ?? 'UTC' }).map((p) => ({ quote: p.quote, dueAt: p.dueAt }));
      lines.push(JSON.stringify({ id, promises }));
    });
  return { lines, errors };
}

function main(argv: string[]): number {
  const [input, output, ...rest] = argv;
  if (!input || input.startsWith('-') || rest.length > 0) {
    console.error('Usage: npm run extract:promises -- IN.jsonl [OUT.jsonl]   (without OUT, lines go to stdout)');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(input, 'utf8');
  } catch (error) {
    console.error(`Cannot read ${input}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const { lines, errors } = extractLines(text);
  const out = lines.length ? `${lines.join('\n')}\n` : '';
  if (output) writeFileSync(output, out);
  else process.stdout.write(out);
  for (const error of errors) console.error(error);
  return errors.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
