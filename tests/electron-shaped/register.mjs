// `node --import ./register.mjs out/main/main.js`: `electron` resolves to the stand-in, and the
// clock reads FAKE_ELECTRON_TODAY when that is set.
import { register } from 'node:module';
import './fake-today.mjs';

register('./loader.mjs', import.meta.url, { data: { fake: process.env.FAKE_ELECTRON_MODULE } });
