/**
 * A pull tokenizer for the narrow XML that SpreadsheetML parts use, over UTF-8 byte chunks.
 *
 * It works on bytes: markup is ASCII and UTF-8 continuation bytes are never ASCII, so tags can be
 * found without decoding, a token never splits a character, and only the text a caller asks for is
 * decoded (into a fresh string that does not pin a whole chunk in memory). Element and attribute
 * names are matched by local name (prefixes such as `x:` of the OpenXML SDK are ignored). Not
 * supported, and reported as damage: DTDs (no entity expansion, hence no entity bombs), text at the
 * top level, unbalanced elements.
 */

export const NEED_MORE = 0;
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export type Token = typeof NEED_MORE | typeof OPEN | typeof CLOSE | typeof TEXT;

/** Malformed XML; the reader turns it into a "damaged file" message. */
export class XmlError extends Error {
  override name = 'XmlError';
}

/** A single text run or tag longer than the tokenizer accepts (see `maxToken`). */
export class XmlTokenTooLong extends Error {
  override name = 'XmlTokenTooLong';
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QMARK = 63;
const COLON = 58;
const EMPTY = Buffer.alloc(0);

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

function entity(m: string, body: string): string {
  if (body.charCodeAt(0) !== 35) return NAMED[body] ?? m;
  const code = body.charCodeAt(1) === 120 ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
}

/** XML text with its character references decoded and line ends normalised (XML 1.0 §2.11). */
export function decodeXmlText(s: string): string {
  let t = s;
  if (t.indexOf('\r') >= 0) t = t.replace(/\r\n?/g, '\n');
  if (t.indexOf('&') >= 0) t = t.replace(ENTITY, entity);
  return t;
}

/**
 * Excel's `_xHHHH_` escapes in (already XML-decoded) string values, for characters XML cannot carry:
 * `_x000D_` is a CR; `_x005F_` a literal underscore, which protects a following `_x…_`.
 */
export function decodeEscapes(s: string): string {
  return s.indexOf('_x') >= 0 ? s.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s;
}

export class XmlTokenizer {
  /** Current bytes; tokens index into it until the next `feed`. */
  buf: Buffer = EMPTY;
  pos = 0;
  /** Set by the caller: deliver text tokens (inside elements whose text matters) instead of skipping text. */
  keepText = false;
  depth = 0;

  // the current token
  /** Local name of the current OPEN/CLOSE token, as a byte range of `buf`. */
  nameStart = 0;
  nameEnd = 0;
  /** Attribute bytes of an OPEN token (between the name and `>` or `/>`). */
  attrStart = 0;
  attrEnd = 0;
  selfClosing = false;
  textStart = 0;
  textEnd = 0;
  /** The TEXT token is a CDATA section (no references to decode). */
  cdata = false;

  private sawRoot = false;
  private first = true;
  private work: Buffer = EMPTY;

  constructor(private readonly maxToken: number) {}

  /**
   * Appends a chunk to what is left of the previous one. The leftover and the chunk are copied into
   * one reused buffer (tokens never outlive a feed: every string taken from them is a copy).
   */
  feed(chunk: Buffer): void {
    const rest = this.buf.length - this.pos;
    if (rest === 0) this.buf = chunk;
    else {
      const need = rest + chunk.length;
      if (this.work.length < need) {
        const bigger = Buffer.allocUnsafe(Math.max(need, this.work.length * 2, 64 << 10));
        this.buf.copy(bigger, 0, this.pos);
        this.work = bigger;
      } else this.buf.copy(this.work, 0, this.pos);
      chunk.copy(this.work, rest);
      this.buf = this.work.subarray(0, need);
    }
    this.pos = 0;
    if (this.first && this.buf.length >= 3) {
      this.first = false;
      if (this.buf[0] === 0xef && this.buf[1] === 0xbb && this.buf[2] === 0xbf) this.pos = 3; // a UTF-8 byte order mark
    }
  }

  /** Checks that the document ended cleanly: nothing left over, every element closed. */
  finish(): void {
    for (let i = this.pos; i < this.buf.length; i++) if (!isSpace(this.buf[i]!)) throw new XmlError('unexpected end of XML');
    if (this.depth !== 0 || !this.sawRoot) throw new XmlError('XML ends inside an element');
  }

  private incomplete(from: number): Token {
    if (this.buf.length - from > this.maxToken) throw new XmlTokenTooLong(`token over ${this.maxToken} bytes`);
    this.pos = from;
    return NEED_MORE;
  }

  /** Next token, or NEED_MORE when the rest of the buffer is an incomplete token. */
  next(): Token {
    const b = this.buf;
    const n = b.length;
    for (;;) {
      const p = this.pos;
      if (p >= n) return NEED_MORE;
      if (b[p] !== LT) {
        const lt = b.indexOf(LT, p);
        if (!this.keepText) {
          if (this.depth === 0) {
            const stop = lt < 0 ? n : lt;
            for (let i = p; i < stop; i++) if (!isSpace(b[i]!)) throw new XmlError('text outside the root element');
          }
          if (lt < 0) {
            this.pos = n;
            return NEED_MORE;
          }
          this.pos = lt;
          continue;
        }
        if (lt < 0) return this.incomplete(p);
        this.textStart = p;
        this.textEnd = lt;
        this.cdata = false;
        this.pos = lt;
        return TEXT;
      }
      if (p + 1 >= n) return this.incomplete(p);
      const c1 = b[p + 1]!;
      if (c1 === SLASH) {
        const gt = b.indexOf(GT, p + 2);
        if (gt < 0) return this.incomplete(p);
        let e = gt;
        while (e > p + 2 && isSpace(b[e - 1]!)) e--;
        this.setName(p + 2, e);
        this.pos = gt + 1;
        if (--this.depth < 0) throw new XmlError('closing tag without an opening tag');
        return CLOSE;
      }
      if (c1 === QMARK) {
        const q = b.indexOf('?>', p + 2, 'latin1');
        if (q < 0) return this.incomplete(p);
        this.pos = q + 2;
        continue;
      }
      if (c1 === BANG) {
        if (p + 4 > n) return this.incomplete(p);
        if (b[p + 2] === 45 && b[p + 3] === 45) {
          const q = b.indexOf('-->', p + 4, 'latin1');
          if (q < 0) return this.incomplete(p);
          this.pos = q + 3;
          continue;
        }
        if (p + 9 > n) return this.incomplete(p);
        if (b.toString('latin1', p, p + 9) === '<![CDATA[') {
          const q = b.indexOf(']]>', p + 9, 'latin1');
          if (q < 0) return this.incomplete(p);
          if (this.depth === 0) throw new XmlError('CDATA outside the root element');
          this.pos = q + 3;
          if (!this.keepText) continue;
          this.textStart = p + 9;
          this.textEnd = q;
          this.cdata = true;
          return TEXT;
        }
        throw new XmlError('DTD or unknown markup');
      }
      // opening tag: name, then attributes up to `>` outside quoted values
      let i = p + 1;
      while (i < n) {
        const c = b[i]!;
        if (c === GT || c === SLASH || isSpace(c)) break;
        i++;
      }
      if (i >= n) return this.incomplete(p);
      const nameEnd = i;
      let quote = 0;
      for (; i < n; i++) {
        const c = b[i]!;
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === GT) break;
        else if (c === 34 || c === 39) quote = c;
      }
      if (i >= n) return this.incomplete(p);
      if (nameEnd === p + 1) throw new XmlError('tag without a name');
      this.setName(p + 1, nameEnd);
      this.selfClosing = b[i - 1] === SLASH;
      this.attrStart = nameEnd;
      this.attrEnd = this.selfClosing ? i - 1 : i;
      this.pos = i + 1;
      if (this.depth === 0) {
        if (this.sawRoot) throw new XmlError('second root element');
        this.sawRoot = true;
      }
      if (!this.selfClosing) this.depth++;
      return OPEN;
    }
  }

  private setName(start: number, end: number): void {
    let s = start;
    for (let i = end - 1; i >= start; i--)
      if (this.buf[i] === COLON) {
        s = i + 1;
        break;
      }
    this.nameStart = s;
    this.nameEnd = end;
  }

  /** True when the current tag's local name is `name` (ASCII). */
  is(name: string): boolean {
    const len = this.nameEnd - this.nameStart;
    if (len !== name.length) return false;
    for (let k = 0; k < len; k++) if (this.buf[this.nameStart + k] !== name.charCodeAt(k)) return false;
    return true;
  }

  /** Local name of the current tag. */
  name(): string {
    return this.buf.toString('latin1', this.nameStart, this.nameEnd);
  }

  /** Raw text of the current TEXT token (UTF-8 decoded, references not yet decoded). */
  rawText(): string {
    return this.buf.toString('utf8', this.textStart, this.textEnd);
  }

  /** Decoded text of the current TEXT token. */
  text(): string {
    const raw = this.rawText();
    return this.cdata ? raw : decodeXmlText(raw);
  }

  /**
   * Attributes of the current OPEN token as local name → decoded value (for the small parts; the
   * sheet reader scans cell attributes itself).
   */
  attrs(): Map<string, string> {
    const out = new Map<string, string>();
    const b = this.buf;
    let i = this.attrStart;
    const end = this.attrEnd;
    for (;;) {
      while (i < end && isSpace(b[i]!)) i++;
      if (i >= end) return out;
      const ns = i;
      while (i < end && b[i] !== 61 && !isSpace(b[i]!)) i++;
      const ne = i;
      while (i < end && isSpace(b[i]!)) i++;
      if (b[i] !== 61) throw new XmlError('attribute without a value');
      i++;
      while (i < end && isSpace(b[i]!)) i++;
      const q = b[i];
      if (q !== 34 && q !== 39) throw new XmlError('unquoted attribute value');
      const vs = i + 1;
      const ve = b.indexOf(q, vs);
      if (ve < 0 || ve >= end) throw new XmlError('unterminated attribute value');
      let ls = ns;
      for (let k = ne - 1; k >= ns; k--)
        if (b[k] === COLON) {
          ls = k + 1;
          break;
        }
      const full = b.toString('latin1', ns, ne);
      const local = ls === ns ? full : b.toString('latin1', ls, ne);
      // a prefixed name (r:id) is also kept under its full name; unprefixed ones win for the local name
      const value = decodeXmlText(b.toString('utf8', vs, ve));
      if (ls !== ns) out.set(full, value);
      if (ls === ns || !out.has(local)) out.set(local, value);
      i = ve + 1;
    }
  }
}
