import { randomBytes } from "node:crypto";
import { SignJWT, exportJWK, generateKeyPair, jwtVerify, type CryptoKey, type JWK, type JWTPayload } from "jose";

export interface MintOptions {
  sub: string;
  audience: string;
  scope?: string;
  /** Seconds until expiry. */
  expiresIn: number;
  azp?: string;
  claims?: Record<string, unknown>;
}

const VERIFIED_TOKENS_KEPT = 1_000;

/** The tenant's RS256 signing key (made at start), its JWKS, and the tokens it signs and checks. */
export class TokenIssuer {
  private constructor(
    private readonly privateKey: CryptoKey,
    private readonly publicKey: CryptoKey,
    private readonly publicJwk: JWK,
    readonly kid: string,
    /** `<origin>/`, set once the server knows its port. */
    public issuer: string,
  ) {}

  private readonly verified = new Map<string, JWTPayload>();

  static async create(issuer = "http://127.0.0.1/"): Promise<TokenIssuer> {
    const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
    const kid = randomBytes(12).toString("base64url");
    const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
    return new TokenIssuer(privateKey, publicKey, publicJwk, kid, issuer);
  }

  jwks(): { keys: JWK[] } {
    return { keys: [this.publicJwk] };
  }

  async mint(options: MintOptions): Promise<string> {
    const jwt = new SignJWT({
      ...options.claims,
      ...(options.scope !== undefined ? { scope: options.scope } : {}),
      ...(options.azp ? { azp: options.azp } : {}),
    })
      .setProtectedHeader({ alg: "RS256", typ: "JWT", kid: this.kid })
      .setIssuer(this.issuer)
      .setSubject(options.sub)
      .setAudience(options.audience)
      .setIssuedAt()
      .setExpirationTime(`${Math.max(1, Math.floor(options.expiresIn))}s`)
      .setJti(randomBytes(12).toString("base64url"));
    return jwt.sign(this.privateKey);
  }

  /**
   * Verifies signature (RS256 only), issuer, expiry and, when given, the audience. A token that
   * passed is remembered until it expires, so a client reusing its token (as clients do) is not
   * charged an RSA verification per request.
   */
  async verify(token: string, audience?: string): Promise<JWTPayload> {
    const key = `${audience ?? ""} ${token}`;
    const known = this.verified.get(key);
    if (known && (known.exp === undefined || known.exp > Date.now() / 1000)) return known;
    const { payload } = await jwtVerify(token, this.publicKey, {
      issuer: this.issuer,
      algorithms: ["RS256"],
      ...(audience ? { audience } : {}),
    });
    if (this.verified.size >= VERIFIED_TOKENS_KEPT) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(key, payload);
    return payload;
  }
}
