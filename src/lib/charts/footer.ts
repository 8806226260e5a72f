import { formatDate } from '../format.ts';

/**
 * "Kilde: Jobindsats.dk (MM13) · data pr. 1. juni 2024": the line a chart carries inside
 * its SVG so downloads keep source and date. Kept apart from the figure functions so the
 * browser's redraw bundle needs no date formatting.
 */
export function footerLines({
  source,
  dataDate,
}: {
  source?: string | undefined;
  dataDate?: string | undefined;
}): string[] {
  const parts = [source ? `Kilde: ${source}` : '', dataDate ? `data pr. ${formatDate(dataDate)}` : ''];
  const line = parts.filter(Boolean).join(' · ');
  return line === '' ? [] : [line.charAt(0).toUpperCase() + line.slice(1)];
}
