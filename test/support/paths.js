// Maps the @hoicho/* aliases of tsconfig.json for jest, so the two never disagree.
const { compilerOptions } = require('../../tsconfig.json');

function pathsToModuleNameMapper() {
  const mapper = {};
  for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
    const from = '^' + alias.replace('/*', '/(.*)') + '$';
    mapper[from] = '<rootDir>/' + target.replace('/*', '/$1');
  }
  return mapper;
}

module.exports = { pathsToModuleNameMapper };
