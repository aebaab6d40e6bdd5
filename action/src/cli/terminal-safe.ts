// What the CLI prints comes partly from vendor files and the configuration: on a terminal, control characters
// (escape sequences can retitle the window, move the cursor or hide text), bidirectional overrides (which reorder
// what is shown) and invisible characters are removed, and a value's line breaks cannot forge lines of their own.
import { INVISIBLE, showLineBreaks } from '../core/text/invisible.js';

/** Text of several lines, each built by the CLI; tabs and line breaks stay. */
export function toTerminalText(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** One value on one line: its line breaks shown as ⏎. */
export function toTerminalLine(text: string): string {
  return toTerminalText(showLineBreaks(text));
}

/** JSON for a terminal or a pipe: the same data, with every invisible character written as a \u escape. */
export function toTerminalJson(json: string): string {
  return json.replace(INVISIBLE, (char) => {
    let escaped = '';
    for (let unit = 0; unit < char.length; unit++) escaped += `\\u${char.charCodeAt(unit).toString(16).padStart(4, '0')}`;
    return escaped;
  });
}
