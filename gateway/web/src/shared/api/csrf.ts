/** Name of the cookie in which the gateway's cookie CSRF token repository keeps the token (readable by JS). */
export const CSRF_COOKIE = 'XSRF-TOKEN';
/** Header that state-changing fetch calls send the token in. */
export const CSRF_HEADER = 'X-XSRF-TOKEN';
/** Form field that the logout form sends the token in. */
export const CSRF_FORM_FIELD = '_csrf';

export function readCookie(name: string, cookieString: string = document.cookie): string | undefined {
  for (const part of cookieString.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) {
      return decodeURIComponent(part.slice(index + 1).trim());
    }
  }
  return undefined;
}

export function csrfToken(): string | undefined {
  return readCookie(CSRF_COOKIE);
}
