// Builds dist/ = exactly what `clasp push` sends: appsscript.json, Code.js and
// Sidebar.html (script and style inlined, as HtmlService needs). Any missing
// input or placeholder stops the build with a message: a renamed file must
// never ship an empty sidebar.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import vm from 'node:vm';

let OUT = null; // the folder being built, removed on failure
function fail(message) {
  if (OUT) rmSync(OUT, { recursive: true, force: true });
  console.error(`build: ${message}`);
  process.exit(1);
}

const INPUTS = ['src/main.ts', 'sidebar/main.ts', 'sidebar/index.html', 'sidebar/style.css', 'appsscript.json'];
const missing = INPUTS.filter((f) => !existsSync(f));
if (missing.length) fail(`missing input ${missing.join(', ')}`);

const GLOBAL = 'AddOn';
const common = { bundle: true, write: false, target: 'es2019', charset: 'utf8', legalComments: 'none', logLevel: 'warning' };

// Built into a fresh folder, then swapped in, so a reader never sees half a dist/.
OUT = `.dist-${process.pid}`;
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
// The top-level functions: the triggers and the server functions (src/server/api.ts), by name.
const entries = { ...api.triggers, ...api.serverFunctions };
if (!Array.isArray(customs) || !api.serverFunctions || !api.triggers || typeof api.customFunction !== 'function') {
  fail('src/main.ts must export CUSTOM_FUNCTIONS, customFunction, triggers and serverFunctions');
}
const clash = Object.keys(api.triggers).filter((k) => k in api.serverFunctions);
if (clash.length) fail(`named both a trigger and a server function: ${clash.join(', ')}`);

const help = (x) => `${x.en} / ${x.ja} / ${x.ko}`;
const jsdoc = (fn) => {
  const lines = [`${fn.en}`, `${fn.ja}`, `${fn.ko}`, '', `Example: =${fn.example}`, ''];
  for (const p of fn.params) {
    const name = p.optional ? `[${p.name}]` : p.name;
    lines.push(`@param {${p.type}|Array<Array<${p.type}>>} ${name} ${help(p)}`);
  }
  lines.push(`@return {${fn.returns.type}} ${help(fn.returns)}`, '@customfunction');
  return `/**\n${lines.map((l) => ` *${l ? ` ${l}` : ''}`).join('\n')}\n */`;
};
const customDecls = customs.map((fn) => {
  const params = fn.params.map((p) => p.name).join(', ');
  return `${jsdoc(fn)}\nfunction ${fn.name}(${params}) {\n  return ${GLOBAL}.customFunction('${fn.name}', [${params}]);\n}`;
});
const serverDecls = Object.entries(entries).map(([k, fn]) => {
  if (typeof fn !== 'function' || !/^[A-Za-z_$][\w$]*$/.test(k)) fail(`not a function name: ${k}`);
  const holder = k in api.triggers ? 'triggers' : 'serverFunctions';
  return `function ${k}(...args) {\n  return ${GLOBAL}.${holder}.${k}(...args);\n}`;
});

const code = [
  '// Built by scripts/build.mjs from src/. Do not edit: edit src/ and run `npm run build`.',
  body.trimEnd(),
  '',
  '// ---- Custom functions (generated from src/functions/metadata.ts) ----',
  ...customDecls,
  '',
  '// ---- Triggers and functions the sidebar calls (generated from src/main.ts: triggers, serverFunctions) ----',
  ...serverDecls,
  '',
].join('\n\n');
writeFileSync(`${OUT}/Code.js`, code);

// 3. Sidebar: one HTML file with its script and style inlined.
const template = readFileSync('sidebar/index.html', 'utf8');
for (const mark of ['/*INLINE_STYLE*/', '/*INLINE_SCRIPT*/']) {
  if (template.split(mark).length !== 2) fail(`sidebar/index.html must hold ${mark} exactly once`);
}
const client = await build({ ...common, entryPoints: ['sidebar/main.ts'], format: 'iife', platform: 'browser', minify: true });
const script = client.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
if (script.trim() === '') fail('the sidebar script is empty');
const style = readFileSync('sidebar/style.css', 'utf8');
const html = template.replace('/*INLINE_STYLE*/', () => style).replace('/*INLINE_SCRIPT*/', () => script);
writeFileSync(`${OUT}/Sidebar.html`, html);

copyFileSync('appsscript.json', `${OUT}/appsscript.json`);
rmSync('dist', { recursive: true, force: true });
renameSync(OUT, 'dist');
console.log(`dist/: Code.js ${(code.length / 1024).toFixed(0)} KiB, Sidebar.html ${(html.length / 1024).toFixed(0)} KiB, appsscript.json`);
