// What a name looks like, for telling whether two names could be mistaken for each other: compatibility forms
// folded (full-width letters, ligatures), invisible characters removed, case folded, and letters that look alike
// in common fonts mapped to one of them (Cyrillic and Greek look-alikes of Latin letters, 0 and o, 1, l and I).
// Two vendors whose names or ids have the same skeleton but differ read as one vendor to a decision-maker.
import { INVISIBLE } from './invisible.js';

const LOOK_ALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', і: 'i', ј: 'j', ӏ: 'l', ԁ: 'd', ԛ: 'q', ԝ: 'w',
  // Greek
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w',
  // Latin and digits
  ı: 'i', '0': 'o', '1': 'l', i: 'l', '|': 'l', ℓ: 'l',
};

export function skeletonOf(text: string): string {
  const folded = text.normalize('NFKC').replace(INVISIBLE, '').toLowerCase().replace(/\s+/g, ' ').trim();
  let skeleton = '';
  for (const char of folded) skeleton += LOOK_ALIKES[char] ?? char;
  return skeleton;
}

/** Whether a text shows nothing at all: only invisible characters and spaces. */
export function looksBlank(text: string): boolean {
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(/[\s\u3164\u115f\u1160\uffa0]+/gu, '') === '';
}
