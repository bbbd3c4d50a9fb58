// `node --import ./register.mjs`: resolves `electron` to the stand-in next to this file.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
