// http_ece 1.2.1 ships no types: the part of its API the push receiver uses (RFC 8188 / 8291).
declare module 'http_ece' {
  import type { ECDH } from 'node:crypto';

  export type DecryptParams = {
    version: 'aes128gcm' | 'aesgcm' | 'aesgcm128';
    /** The receiver's key pair: the sender's public key comes in the aes128gcm header. */
    privateKey?: ECDH;
    authSecret?: Buffer | string;
    dh?: Buffer | string;
    salt?: Buffer | string;
    key?: Buffer | string;
    keyid?: string;
  };

  export function decrypt(buffer: Buffer, params: DecryptParams): Buffer;
}
