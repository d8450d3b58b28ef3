import { findEmbedOrigins, type KfdDatabase } from "@kfd/db";

/**
 * Which sites may send registrations cross-origin: the API's own origin, the origins listed for
 * the dialogue's municipality, and KFD_EMBED_ORIGINS ("*" = any, for the demo). The municipal
 * lists are kept for the read-cache lifetime; they change rarely.
 */
export class EmbedOrigins {
  private readonly byMunicipality = new Map<string, { origins: string[]; expiresAt: number }>();

  constructor(
    private readonly db: KfdDatabase,
    private readonly configured: readonly string[],
    private readonly ttlMs: number,
  ) {}

  async allows(origin: string, requestHost: string | undefined, municipalityAgs: string | undefined): Promise<boolean> {
    if (this.configured.includes("*") || this.configured.includes(origin)) return true;
    if (isOwnOrigin(origin, requestHost)) return true;
    if (municipalityAgs === undefined) return false;
    return (await this.ofMunicipality(municipalityAgs)).includes(origin);
  }

  private async ofMunicipality(ags: string): Promise<string[]> {
    const hit = this.byMunicipality.get(ags);
    if (hit && hit.expiresAt > Date.now()) return hit.origins;
    const origins = (await findEmbedOrigins(this.db, ags)).map(normalise);
    if (this.ttlMs > 0) this.byMunicipality.set(ags, { origins, expiresAt: Date.now() + this.ttlMs });
    return origins;
  }
}

function normalise(origin: string): string {
  try {
    return new URL(origin).origin;
  } catch {
    return origin;
  }
}

/**
 * Compared by host, not scheme: behind a TLS-terminating proxy the server sees http:// while the
 * browser sends https://, and the Host header is what both agree on.
 */
function isOwnOrigin(origin: string, requestHost: string | undefined): boolean {
  if (!requestHost) return false;
  try {
    return new URL(origin).host === requestHost.toLowerCase();
  } catch {
    return false;
  }
}
