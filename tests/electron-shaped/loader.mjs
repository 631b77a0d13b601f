// Module hook: the specifier `electron` becomes the built stand-in (its file URL comes in `data`).
let fake;
export function initialize(data) {
  fake = data.fake;
}
export function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: fake, shortCircuit: true };
  return next(specifier, context);
}
