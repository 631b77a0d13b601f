import { BODIES } from '/work/main/shared/domain/catalog/catalog';
import { bodyNames } from '/work/main/shared/domain/certificate-reading/bodies';
import { readCertificateText } from '/work/main/shared/domain/certificate-reading/read-text';
(BODIES as any[]).push({
  id: 'ifta',
  code: 'IFTA',
  name: 'International Fitness Trainers Alliance',
  aliases: ['Int’l Fitness Trainers Alliance'],
  unit: 'CEC',
  website: '',
  perHour: { value: 10 },
  decimals: 1,
  sharing: { value: 'separate' },
});
const t = 'Awarded by the Int’l Fitness Trainers Alliance\n0.5 CECs';
console.log(
  bodyNames()
    .filter((b) => b.names.test(t))
    .map((b) => b.bodyId),
);
console.log(JSON.stringify(readCertificateText(t).credits));
