// Compares OpenAPI documents with api-smart-diff and prints its classified changes as JSON.
//
// stdin:  {"pairs": [[before, after], ...]}   (documents already parsed; YAML is read on the Python side)
// stdout: [[{action, path, type, before, after}, ...], ...]   one list of changes per pair
//
// Many pairs go through one process so the tests pay Node's start-up once.
import { apiCompare } from "api-smart-diff";

// Large values (a whole removed operation) only bloat the output; the classifier needs scalars and small schemas.
function small(value) {
  if (value === undefined) return null;
  try {
    const text = JSON.stringify(value);
    return text !== undefined && text.length <= 400 ? value : "[…]";
  } catch {
    return "[…]"; // circular after dereferencing
  }
}

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { pairs } = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const results = pairs.map(([before, after]) =>
  apiCompare(before, after).diffs.map((d) => ({
    action: d.action,
    path: d.path,
    type: d.type,
    before: small(d.before),
    after: small(d.after),
  })),
);
process.stdout.write(JSON.stringify(results));
