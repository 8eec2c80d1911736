import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * Makes a packed .docx depend only on its content: docx stamps the current time into
 * docProps/core.xml and the zip entries, and numbers drawings with a process-wide counter. With
 * the time fixed to the document's own and drawings numbered per document, building the same
 * archived document again gives the same bytes, so its sha256 proves it is the same document.
 */
export function deterministicDocx(bytes: Uint8Array, timestamp: Date): Buffer {
  const iso = timestamp.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const entries = unzipSync(bytes);
  const out: Zippable = {};
  // The package's content types and root relationships first, as Word itself writes them.
  const first = ['[Content_Types].xml', '_rels/.rels'].filter((n) => n in entries);
  const names = [...first, ...Object.keys(entries).filter((n) => !first.includes(n))];
  for (const name of names) {
    const data = entries[name]!;
    let content: Uint8Array = data;
    if (name === 'docProps/core.xml')
      content = strToU8(strFromU8(data).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${iso}$2`));
    else if (name === 'word/document.xml') {
      let n = 0;
      content = strToU8(strFromU8(data).replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++n}"`));
    }
    out[name] = [content, { mtime: timestamp, level: 6 }];
  }
  return Buffer.from(zipSync(out));
}
