import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";

/**
 * Seals a Management API token for a shared store: AES-256-GCM under a key derived (HKDF-SHA256) from
 * the client secret, bound to the tenant, client id and audience. What the store holds is useless to
 * a reader without the secret; a sealed token moved to another tenant or client does not open.
 */

export interface SealedToken {
  /** 12-byte nonce, base64url. */
  iv: string;
  /** Ciphertext, base64url. */
  data: string;
  /** GCM tag, base64url. */
  tag: string;
}

const SALT = "usergraph/management-token/v1";

export class TokenSeal {
  private readonly key: Buffer;
  private readonly fingerprintKey: Buffer;
  private readonly context: Buffer;

  constructor(clientSecret: string, context: { origin: string; clientId: string; audience: string }) {
    const info = JSON.stringify([context.origin, context.clientId, context.audience]);
    this.context = Buffer.from(info);
    this.key = Buffer.from(hkdfSync("sha256", clientSecret, SALT, `seal ${info}`, 32));
    this.fingerprintKey = Buffer.from(hkdfSync("sha256", clientSecret, SALT, `fingerprint ${info}`, 32));
  }

  seal(token: string): SealedToken {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.key, iv);
    cipher.setAAD(this.context);
    const data = Buffer.concat([cipher.update(token, "utf8"), cipher.final()]);
    return { iv: iv.toString("base64url"), data: data.toString("base64url"), tag: cipher.getAuthTag().toString("base64url") };
  }

  /** The token, or undefined when the seal does not open (another secret, tenant or client; tampered). */
  open(sealed: SealedToken): string | undefined {
    try {
      const decipher = createDecipheriv("aes-256-gcm", this.key, Buffer.from(sealed.iv, "base64url"));
      decipher.setAAD(this.context);
      decipher.setAuthTag(Buffer.from(sealed.tag, "base64url"));
      return Buffer.concat([decipher.update(Buffer.from(sealed.data, "base64url")), decipher.final()]).toString("utf8");
    } catch {
      return undefined;
    }
  }

  /** Names a token without revealing it (HMAC under another derived key), for compare-and-delete. */
  fingerprint(token: string): string {
    return createHmac("sha256", this.fingerprintKey).update(token).digest("base64url").slice(0, 22);
  }
}
