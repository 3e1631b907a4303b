import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** The chunk files (JavaScript and CSS) a source module needs to run: its own and its imports'. */
export interface ModuleFiles {
  scripts: string[];
  styles: string[];
}

/**
 * The web build's manifest (`dist/web/.vite/manifest.json`, not served: express.static leaves
 * dot folders alone), read once per build: which hashed chunks a screen's module needs, so the
 * page can name them for the browser to fetch beside the main script.
 */
export class WebManifest {
  private cached?: { mtimeMs: number; manifest: Manifest };

  constructor(private readonly webDir: string) {}

  /** index.html's own script and styles. */
  entry(): ModuleFiles {
    const chunk = this.read()['index.html'];
    return {
      scripts: chunk ? [`/${chunk.file}`] : [],
      styles: (chunk?.css ?? []).map((css) => `/${css}`),
    };
  }

  /** Files the modules need beyond the entry, each once. */
  filesOf(modules: string[]): ModuleFiles {
    const manifest = this.read();
    const seen = new Set<string>(['index.html']);
    const scripts: string[] = [];
    const styles: string[] = [];
    const visit = (key: string) => {
      const chunk = manifest[key];
      if (!chunk || seen.has(key)) return;
      seen.add(key);
      scripts.push(`/${chunk.file}`);
      for (const css of chunk.css ?? []) if (!styles.includes(`/${css}`)) styles.push(`/${css}`);
      for (const imported of chunk.imports ?? []) visit(imported);
    };
    for (const module of modules) visit(module);
    return { scripts, styles };
  }

  private read(): Manifest {
    const path = join(this.webDir, '.vite', 'manifest.json');
    if (!existsSync(path)) return {};
    // A rebuild beside a running api (npm run build) names new chunks: read it again then.
    const { mtimeMs } = statSync(path);
    if (this.cached?.mtimeMs !== mtimeMs)
      this.cached = { mtimeMs, manifest: JSON.parse(readFileSync(path, 'utf8')) as Manifest };
    return this.cached.manifest;
  }
}
