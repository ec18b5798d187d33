// The token a team's seat is to be resumed with, made in this browser and sent with the join or the rejoin that
// takes the seat: a request sent again, after an answer that never came or said the server could not reach its
// log, then finds the seat the first one took, if it took one, rather than taking a second. As the server's own:
// 128 random bits from the platform's generator, base64url without padding.

/** 16 random bytes, base64url: 22 characters of A-Z, a-z, 0-9, '-' and '_'. */
export function newSeatToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
}
