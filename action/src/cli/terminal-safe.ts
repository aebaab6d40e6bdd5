// Vendor strings printed to a terminal: control characters (ESC sequences can retitle the window, move the cursor
// or hide text) and bidirectional overrides (which reorder what is shown) are removed; lines and tabs stay.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function toTerminalText(text: string): string {
  return text.replace(UNSAFE, '');
}
