/**
 * What binding an invitation to an email is worth on this server, said where a lead types the
 * address: without mail nobody's address is verified, so the first to sign up with it can accept.
 */
export function emailBindingHint(verifiesEmails: boolean): string {
  return verifiesEmails
    ? "They must confirm the address from the link we mail them before accepting."
    : "Unverified: this server sends no mail, so whoever signs up with this address first can accept.";
}
