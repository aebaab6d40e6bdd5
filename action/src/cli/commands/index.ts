import type { Command } from '../cli-io.js';
import { checkCommand } from './check.js';

export const commands: Command[] = [checkCommand];
