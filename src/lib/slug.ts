const DANISH_LETTERS: Readonly<Record<string, string>> = { æ: 'ae', ø: 'oe', å: 'aa' };

/** Lower case, æ/ø/å spelt out and accents dropped: "Århus" → "aarhus", "Høje-Taastrup" → "hoeje-taastrup". */
export function foldDanish(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => DANISH_LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Turns a Danish name into a URL segment: "Høje-Taastrup" → "hoeje-taastrup". */
export function slug(text: string): string {
  return foldDanish(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
