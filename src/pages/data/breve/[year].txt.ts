import type { APIRoute, GetStaticPaths } from 'astro';
import { getLetters, type LetterEntry } from '../../../lib/content/queries.ts';
import { letterText } from '../../../lib/content/letter-text.ts';

/** Each letter on the site as plain text: title, body word for word, signature. */
export const getStaticPaths = (async () =>
  (await getLetters()).map((letter) => ({
    params: { year: String(letter.data.year) },
    props: { letter },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ letter: LetterEntry }> = ({ props }) =>
  new Response(letterText(props.letter.data, props.letter.body ?? ''), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
