const DANISH_LETTERS: Readonly<Record<string, string>> = { æ: 'ae', ø: 'oe', å: 'aa' };

/** Accents dropped, as Pagefind does: "å" → "a", "é" → "e" ("æ" and "ø" are letters of their own). */
export function dropAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Lower case, æ/ø/å spelt out and accents dropped: "Århus" → "aarhus", "Høje-Taastrup" → "hoeje-taastrup". */
export function foldDanish(text: string): string {
  return dropAccents(text.toLowerCase().replace(/[æøå]/g, (letter) => DANISH_LETTERS[letter] ?? letter));
}

/** Turns a Danish name into a URL segment: "Høje-Taastrup" → "hoeje-taastrup". */
export function slug(text: string): string {
  return foldDanish(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
