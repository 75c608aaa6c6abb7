// Writes schemas/generated/*.schema.json from the spec model (schemas/model) and removes stale
// generated files. Run: node --import tsx scripts/gen-schemas.ts   (add --check to only compare).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { generateAllSchemas, schemaText } from '../server/src/core/spec/json-schema';

const outDir = join(__dirname, '..', 'schemas', 'generated');
const checkOnly = process.argv.includes('--check');

// Empty values (YAML null) on optional Butane fields are allowed, as Butane accepts them.
const schemas = generateAllSchemas();
const problems: string[] = [];
if (!checkOnly) mkdirSync(outDir, { recursive: true });
for (const [name, schema] of schemas) {
  const file = join(outDir, name);
  const text = schemaText(schema);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (current === text) continue;
  if (checkOnly) problems.push(`${name}: ${current === undefined ? 'missing' : 'out of date'}`);
  else writeFileSync(file, text);
}
for (const name of existsSync(outDir) ? readdirSync(outDir) : []) {
  if (!name.endsWith('.schema.json') || schemas.has(name)) continue;
  if (checkOnly) problems.push(`${name}: stale (no longer generated)`);
  else rmSync(join(outDir, name));
}
if (problems.length > 0) {
  console.error(problems.join('\n') + '\nRun: node --import tsx scripts/gen-schemas.ts');
  process.exit(1);
}
console.log(`${checkOnly ? 'checked' : 'wrote'} ${schemas.size} schemas in ${outDir}`);
