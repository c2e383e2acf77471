#!/usr/bin/env node
// The README's per-element tables of parts and custom properties, written from the built Custom
// Elements Manifest (the JSDoc @csspart and @cssprop lines of each element class) between
// <!-- api:<tag> --> and <!-- /api:<tag> --> markers. Parts and custom properties get a table each,
// so a part and an unrelated property never share a row. `npm run build` runs it after the manifest;
// test/node/catalogue.test.mjs fails when the README is not what this writes.
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {catalogue} from './catalogue.mjs';

const cell = (text) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

/** The two tables for one element declaration. */
function tables(declaration) {
  const parts = declaration.cssParts ?? [];
  const props = declaration.cssProperties ?? [];
  return [
    '| part | what it is |', '|---|---|',
    ...parts.map((p) => `| \`${p.name}\` | ${cell(p.description ?? '')} |`),
    '',
    '| custom property | what it sets |', '|---|---|',
    ...props.map((p) => `| \`${p.name}\` | ${cell(p.description ?? '')} |`),
  ];
}

/**
 * A section for an element the README does not describe yet (a new one from npm run new-element): its
 * summary and its own attributes from the manifest, then the marked tables. Written once, at the end
 * of "## Elements"; from then on it is the README's to extend, and only the tables are rewritten.
 */
function newSection(declaration) {
  const attributes = (declaration.attributes ?? []).filter((a) => !['lang', 'theme'].includes(a.name));
  return [
    `### \`<${declaration.tagName}>\``, '',
    cell(declaration.summary ?? declaration.description ?? ''), '',
    ...(attributes.length ? ['| attribute | property | what it does |', '|---|---|---|',
      ...attributes.map((a) => `| \`${a.name}\` | \`${a.fieldName ?? a.name}\` | ${cell(a.description ?? '')} |`), ''] : []),
    `<!-- api:${declaration.tagName} -->`, `<!-- /api:${declaration.tagName} -->`, '', '',
  ].join('\n');
}

/** The README with every element's tables as the manifest has them. */
export function readmeWithTables(readme, manifest) {
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  let text = readme;
  for (const {tag} of catalogue()) {
    const declaration = declarations.find((d) => d.tagName === tag);
    if (!declaration) continue;
    if (!text.includes(`<!-- api:${tag} -->`)) {
      const elements = text.indexOf('\n## Elements\n');
      const next = elements < 0 ? -1 : text.indexOf('\n## ', elements + 1);
      if (next < 0) continue;
      text = `${text.slice(0, next + 1)}${newSection(declaration)}${text.slice(next + 1)}`;
    }
    const pattern = new RegExp(`<!-- api:${tag} -->\\n[\\s\\S]*?<!-- /api:${tag} -->`);
    text = text.replace(pattern, () => [`<!-- api:${tag} -->`, ...tables(declaration), `<!-- /api:${tag} -->`].join('\n'));
  }
  return text;
}

/** Writes README.md from dist/custom-elements.json; returns whether it changed. */
export function writeReadmeTables() {
  const readme = readFileSync('README.md', 'utf8');
  const next = readmeWithTables(readme, JSON.parse(readFileSync('dist/custom-elements.json', 'utf8')));
  if (next !== readme) writeFileSync('README.md', next);
  return next !== readme;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(writeReadmeTables() ? 'README.md: wrote the element tables.' : 'README.md: element tables up to date.');
}
