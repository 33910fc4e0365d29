// Builds dist/ = exactly what `clasp push` sends: appsscript.json, Code.js and
// Sidebar.html (script and style inlined, as HtmlService needs).
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import vm from 'node:vm';

const GLOBAL = 'AddOn';
const common = { bundle: true, write: false, target: 'es2019', charset: 'utf8', legalComments: 'none', logLevel: 'warning' };

// Built into a fresh folder, then swapped in, so a reader never sees half a dist/.
const OUT = `.dist-${process.pid}`;
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT);

// 1. Server bundle: an IIFE that assigns the entry's exports to `var AddOn`.
const server = await build({ ...common, entryPoints: ['src/main.ts'], format: 'iife', globalName: GLOBAL, platform: 'neutral' });
const body = server.outputFiles[0].text;

// 2. Read the exports back (the bundle makes no service call at load) and
//    generate one top-level declaration per export.
const ctx = vm.createContext({});
vm.runInContext(`${body}\nthis.${GLOBAL} = ${GLOBAL};`, ctx);
const api = ctx[GLOBAL];
const customs = api.CUSTOM_FUNCTIONS;

const jsdoc = (fn) => {
  const lines = [`${fn.en}`, `${fn.ja}`, '', `Example: =${fn.example}`, ''];
  for (const p of fn.params) {
    const name = p.optional ? `[${p.name}]` : p.name;
    lines.push(`@param {${p.type}|Array<Array<${p.type}>>} ${name} ${p.en} / ${p.ja}`);
  }
  lines.push(`@return {${fn.returns.type}} ${fn.returns.en} / ${fn.returns.ja}`, "@customfunction");
  return `/**\n${lines.map((l) => ` *${l ? ` ${l}` : ''}`).join('\n')}\n */`;
};
const customDecls = customs.map((fn) => {
  const params = fn.params.map((p) => p.name).join(', ');
  return `${jsdoc(fn)}\nfunction ${fn.name}(${params}) {\n  return ${GLOBAL}.customFunction('${fn.name}', [${params}]);\n}`;
});
const skip = new Set(['CUSTOM_FUNCTIONS', 'customFunction']);
const serverDecls = Object.keys(api)
  .filter((k) => !skip.has(k) && typeof api[k] === 'function')
  .sort()
  .map((k) => `function ${k}(...args) {\n  return ${GLOBAL}.${k}(...args);\n}`);

const code = [
  '// Built by scripts/build.mjs from src/. Do not edit: edit src/ and run `npm run build`.',
  body.trimEnd(),
  '',
  '// ---- Custom functions (generated from src/functions/metadata.ts) ----',
  ...customDecls,
  '',
  '// ---- Triggers and functions the sidebar calls (generated from src/main.ts exports) ----',
  ...serverDecls,
  '',
].join('\n\n');
writeFileSync(`${OUT}/Code.js`, code);

// 3. Sidebar: one HTML file with its script and style inlined.
const template = readFileSync('sidebar/index.html', 'utf8');
let script = '';
if (existsSync('sidebar/main.ts')) {
  const client = await build({ ...common, entryPoints: ['sidebar/main.ts'], format: 'iife', platform: 'browser', minify: true });
  script = client.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
}
const style = existsSync('sidebar/style.css') ? readFileSync('sidebar/style.css', 'utf8') : '';
const html = template
  .replace('/*INLINE_STYLE*/', () => style)
  .replace('/*INLINE_SCRIPT*/', () => script);
writeFileSync(`${OUT}/Sidebar.html`, html);

copyFileSync('appsscript.json', `${OUT}/appsscript.json`);
rmSync('dist', { recursive: true, force: true });
renameSync(OUT, 'dist');
console.log(`dist/: Code.js ${(code.length / 1024).toFixed(0)} KiB, Sidebar.html ${(html.length / 1024).toFixed(0)} KiB, appsscript.json`);
