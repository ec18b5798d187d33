// The token a seat is to be resumed with, made in this browser and sent with the request that takes the seat: a
// team's join or rejoin, a facilitator's create. A request sent again, after an answer that never came or said the
// server could not reach its log, then finds the seat the first one took, if it took one, rather than taking a
// second (or making a second session). As the server's own: 128 random bits from the platform's generator,
// base64url without padding.

/** 16 random bytes, base64url: 22 characters of A-Z, a-z, 0-9, '-' and '_'. */
export function newSeatToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
}
