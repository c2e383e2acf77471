// `npm run build` writes dist/custom-elements.json (`cem analyze --litelement`) from the JSDoc on each
// element class. It describes the published package, so paths point at dist/*.js, not src/*.ts.
const toDist = (path) => path?.replace(/^\/?src\/(.*)\.ts$/, 'dist/$1.js').replace(/^\/src\/(.*)\.js$/, 'dist/$1.js');

/** Elements register through `static tag` + `define()`, which the analyzer cannot see; this plugin can. */
function tagsAndDistPaths() {
  return {
    name: 'implantation-tags-and-dist-paths',
    packageLinkPhase({customElementsManifest: manifest}) {
      const modules = manifest.modules;
      for (const mod of modules) {
        for (const declaration of mod.declarations ?? []) {
          const tag = declaration.members?.find((m) => m.static && m.name === 'tag')?.default?.match(/^'([a-z][\w-]*-[\w-]*)'$/)?.[1];
          if (declaration.kind !== 'class' || !tag) continue;
          declaration.customElement = true;
          declaration.tagName = tag;
          const define = modules.find((m) => m.path === mod.path.replace(/[^/]+$/, 'define.ts'));
          define?.exports?.push({kind: 'custom-element-definition', name: tag, declaration: {name: declaration.name, module: toDist(mod.path)}});
        }
        // Private (#) fields are implementation details, not API.
        for (const declaration of mod.declarations ?? []) {
          if (declaration.members) declaration.members = declaration.members.filter((m) => m.privacy !== 'private' && !m.name.startsWith('#'));
        }
      }
      // One JSON walk rewrites every module reference (paths, superclass, inheritedFrom, declaration).
      const walk = (value) => {
        if (Array.isArray(value)) value.forEach(walk);
        else if (value && typeof value === 'object') {
          for (const key of ['path', 'module']) if (typeof value[key] === 'string') value[key] = toDist(value[key]);
          Object.values(value).forEach(walk);
        }
      };
      walk(modules);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/content/**', 'src/react/**', 'src/ssr/**', 'src/locales/**', 'src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [tagsAndDistPaths()],
};
