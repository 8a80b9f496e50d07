import { randomBytes, scrypt, scryptSync, timingSafeEqual, type ScryptOptions } from "node:crypto";

// Password hashes of database users, in a PHC-like string:
// `$scrypt$ln=14,r=8,p=1$<salt base64url>$<key base64url>`. Plain passwords are never stored.
const COST = { N: 2 ** 14, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const PREFIX = `$scrypt$ln=14,r=${COST.r},p=${COST.p}$`;

function scryptAsync(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

function format(salt: Buffer, key: Buffer): string {
  return `${PREFIX}${salt.toString("base64url")}$${key.toString("base64url")}`;
}

/** Hashes a password with a fresh random salt. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  return format(salt, await scryptAsync(password.normalize("NFKC"), salt, COST));
}

/** Hashes with a given salt, synchronously: for the seed, which must be deterministic. */
export function hashPasswordWithSalt(password: string, salt: Buffer): string {
  return format(salt, scryptSync(password.normalize("NFKC"), salt, KEY_LENGTH, COST));
}

/** Whether `password` matches a hash made by this module; false for anything malformed. */
export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  if (!hash.startsWith(PREFIX)) return false;
  const [salt, key] = hash.slice(PREFIX.length).split("$");
  if (!salt || !key) return false;
  const expected = Buffer.from(key, "base64url");
  if (expected.length !== KEY_LENGTH) return false;
  const actual = await scryptAsync(password.normalize("NFKC"), Buffer.from(salt, "base64url"), COST);
  return timingSafeEqual(actual, expected);
}
