// Rewrites one generated section of a Markdown file in place, between
// `<!-- <name>:begin -->` and `<!-- <name>:end -->`, so that measured figures are written by the
// script that measures them and never by hand. The rest of the file is left as it is.
import { readFileSync, writeFileSync } from 'node:fs';

export function writeSection(file, name, body) {
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const text = readFileSync(file, 'utf8');
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file} has no section ${begin} … ${end}`);
  const next = `${text.slice(0, from + begin.length)}\n${body.trimEnd()}\n${text.slice(to)}`;
  if (next !== text) writeFileSync(file, next);
}
