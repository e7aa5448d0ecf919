import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * Field encryption for ID numbers and bank accounts (AES-256-GCM), and blind indexes (HMAC) to
 * find duplicates without decrypting. The key comes from ANJIA_SECRET; `configureSecret` is called
 * once at start. The built-in development secret is for the demo only (README says so).
 */
export const DEV_SECRET = 'anjia-development-secret-do-not-use-in-production';
let encKey = createHash('sha256').update(`enc:${DEV_SECRET}`).digest();
let macKey = createHash('sha256').update(`mac:${DEV_SECRET}`).digest();

export function configureSecret(secret: string): void {
  encKey = createHash('sha256').update(`enc:${secret}`).digest();
  macKey = createHash('sha256').update(`mac:${secret}`).digest();
}

export function encrypt(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', encKey, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `v1.${iv.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}.${body.toString('base64url')}`;
}

export function decrypt(sealed: string): string {
  const [v, iv, tag, body] = sealed.split('.');
  if (v !== 'v1' || !iv || !tag || !body) throw new Error('not an encrypted value');
  const decipher = createDecipheriv('aes-256-gcm', encKey, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}

/** A stable keyed hash of a normalised value, for unique indexes and look-ups. */
export function blindIndex(value: string): string {
  return createHmac('sha256', macKey).update(value.trim().toUpperCase()).digest('hex');
}
