/**
 * Where photo bytes live. The embedded default keeps them on disk under the storage
 * directory; an object store (S3 and the like) can replace it by providing this token.
 * Keys are made by the catalogue ("<productId>/<photoId>.jpg"), never by the client.
 */
export interface PhotoStorage {
  put(key: string, data: Buffer): Promise<void>;
  /** The bytes, or undefined when the key holds nothing. */
  read(key: string): Promise<Buffer | undefined>;
  /** Removing a missing key is not an error. */
  remove(key: string): Promise<void>;
}

export const PHOTO_STORAGE = Symbol('PHOTO_STORAGE');
