import type { Command } from '../cli-io.js';
import { checkCommand } from './check.js';
import { newCommand } from './new.js';

export const commands: Command[] = [checkCommand, newCommand];
