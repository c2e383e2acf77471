// React ships CommonJS only, which browsers cannot import. This dev-server plugin serves `react`,
// `react-dom/client` and `react/jsx-runtime` as ES modules, all backed by one esbuild bundle so the
// test and react-dom share a single copy of React (two copies break hooks).
import {execFileSync} from 'node:child_process';
import {build} from 'esbuild';

const MODULES = ['react', 'react-dom/client', 'react/jsx-runtime'];
const PREFIX = '/__react-esm__/';

async function bundle() {
  const result = await build({
    stdin: {contents: `export default {${MODULES.map((m) => `${JSON.stringify(m)}: require(${JSON.stringify(m)})`)}};`, resolveDir: process.cwd()},
    bundle: true,
    format: 'esm',
    write: false,
    define: {'process.env.NODE_ENV': '"development"'},
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

/** Each package's export names, read in a child process: React patches the console of whoever loads it. */
let exportNames;
const namesOf = (name) =>
  (exportNames ??= JSON.parse(execFileSync(process.execPath, ['-e',
    `console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(MODULES)}.map((m) => [m, Object.keys(require(m))]))))`])))[name]
    .filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');

/** One module per package: its named exports, taken from the shared bundle. */
function facade(name) {
  const names = namesOf(name);
  return `import all from '${PREFIX}bundle.js';
const m = all[${JSON.stringify(name)}];
export default m;
export const {${names.join(', ')}} = m;`;
}

export function reactEsm() {
  let bundled;
  return {
    name: 'react-esm',
    resolveImport({source}) {
      if (MODULES.includes(source)) return `${PREFIX}${source}.js`;
    },
    async serve({path}) {
      if (!path.startsWith(PREFIX)) return;
      const name = path.slice(PREFIX.length, -'.js'.length);
      if (name === 'bundle') return {body: await (bundled ??= bundle()), type: 'js'};
      if (MODULES.includes(name)) return {body: facade(name), type: 'js'};
    },
  };
}
