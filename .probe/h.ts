import { bodiesRequiringHandsOn, listInWords } from '/work/main/shared/domain/catalog/catalog';
console.log(listInWords(bodiesRequiringHandsOn()));
