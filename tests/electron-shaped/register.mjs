// `node --import ./register.mjs out/main/main.js`: `electron` resolves to the stand-in.
import { register } from 'node:module';

register('./loader.mjs', import.meta.url, { data: { fake: process.env.FAKE_ELECTRON_MODULE } });
