// jest's runtime, with what a worker learns about a module kept for the worker's next files.
//
// jest gives each test file its own module registry (a clean state per file, which the suites
// rely on): the file's modules are read, transformed and compiled again. An end-to-end file
// loads about 3,300 modules (the whole api, Nest, TypeORM, BullMQ...); V8 compiling them cost
// 1-2 s of CPU per file, reading and looking up their transforms about 0.5 s more. This
// runtime keeps, for the worker's life:
// - V8's code cache per module, keyed by the exact transformed source: a later file compiles
//   the same text from the cache (V8 checks the source and refuses a stale cache by itself);
// - the transformed code per module and source, so the transform cache on disk is not hashed
//   and read again;
// - in a jest worker process only (it lives for one run), the files' contents: jest's own
//   per-file cache re-read them for every test file.
// Modules are still executed afresh in each file's registry: nothing that runs is shared.
const vm = require('node:vm');
const { default: Runtime } = require('jest-runtime');

const compiled = new Map(); // filename -> { source, data }
const fresh = []; // scripts compiled without a cache, for keepFresh()
const transformed = new Map(); // filename -> { source, options, result }
// A worker process lives for one run; the main process (in band, or --watch) may outlive a
// file's edit, so it keeps reading files from disk as jest does.
const workerFiles = typeof process.send === 'function' ? new Map() : undefined;

class CachedRuntime extends Runtime {
  constructor(config, environment, resolver, transformer, cacheFS, ...rest) {
    if (workerFiles) {
      for (const [name, source] of cacheFS) workerFiles.set(name, source);
      cacheFS = workerFiles;
    }
    super(config, environment, resolver, transformer, cacheFS, ...rest);
    const executor = this.executor;
    const compile = executor.compile.bind(executor);
    executor.compile = (source, filename) => {
      try {
        return compileCached(executor, source, filename);
      } catch {
        // jest's own compile explains syntax errors (and ESM in a CommonJS file) better.
        return compile(source, filename);
      }
    };
    const cache = this.transformCache;
    const transform = cache.scriptTransformer.transform.bind(cache.scriptTransformer);
    cache.scriptTransformer = Object.create(cache.scriptTransformer, {
      transform: {
        value: (filename, options, source) => {
          const key = JSON.stringify(options);
          const hit = transformed.get(filename);
          if (hit && hit.source === source && hit.key === key) return hit.result;
          const result = transform(filename, options, source);
          transformed.set(filename, { source, key, result });
          return result;
        },
      },
    });
  }

  teardown() {
    keepFresh();
    return super.teardown();
  }
}

/**
 * What jest's ModuleExecutor.compile does, through a vm.Script so that V8's cache can be taken
 * after the file ran (with the functions it compiled lazily), for the same source next time.
 */
function compileCached(executor, source, filename) {
  const vmContext = executor.environment.getVmContext();
  if (vmContext == null) return null;
  const scriptName = executor.resolution.isCoreModule(filename)
    ? `jest-nodejs-core-${filename}`
    : filename;
  const known = compiled.get(filename);
  const cachedData = known && known.source === source ? known.data : undefined;
  const head = `(function (${executor.injectedModuleParameters.join(', ')}) {`;
  const script = new vm.Script(`${head}${source}\n})`, {
    filename: scriptName,
    columnOffset: -head.length,
    cachedData,
    importModuleDynamically: (specifier, _script, attributes, ...rest) =>
      executor.dynamicImport(specifier, scriptName, vmContext, attributes, rest[0]),
  });
  if (cachedData === undefined || script.cachedDataRejected)
    fresh.push({ filename, source, script });
  return script.runInContext(vmContext);
}

/** Takes V8's cache of the scripts compiled for this file, now that the file has run them. */
function keepFresh() {
  for (const { filename, source, script } of fresh.splice(0))
    compiled.set(filename, { source, data: script.createCachedData() });
}

module.exports = CachedRuntime;
