/** Invitation and reset secrets are 32 random bytes in base64url; anything else cannot be one. */
export const SECRET_LINK_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/*
 * The console's pages for the links. The secret travels in the fragment: browsers send it
 * neither to the server's logs nor in a Referer.
 */

export function invitationUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/admin/invitation#${token}`;
}

export function passwordResetUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/admin/passwort-neu#${token}`;
}
