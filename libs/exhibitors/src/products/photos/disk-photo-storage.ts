import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { APP_CONFIG, AppConfig } from '@hoicho/platform';
import { PhotoStorage } from './photo-storage';

// Product photos ("<productId>/<photoId>.jpg") and producer documents ("<producerId>/<id>.pdf").
const KEY = /^[0-9a-f-]{36}\/[0-9a-f-]{36}\.(jpg|png|webp|pdf)$/;

/** Photos as files under `<storageDir>/photos`; written to a temporary name, then renamed. */
@Injectable()
export class DiskPhotoStorage implements PhotoStorage {
  private readonly root: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.root = join(config.storageDir, 'photos');
  }

  async put(key: string, data: Buffer): Promise<void> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${randomUUID()}.part`;
    await writeFile(temporary, data, { flag: 'wx' });
    await rename(temporary, path);
  }

  async read(key: string): Promise<Buffer | undefined> {
    try {
      return await readFile(this.path(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  /** Keys are checked so that no key can reach outside the photo directory. */
  private path(key: string): string {
    if (!KEY.test(key)) throw new Error(`not a photo storage key: ${key}`);
    return join(this.root, key);
  }
}
