/**
 * The floors of the reader on certificate designs it was not written against, per batch:
 * designs.test.ts reads their text PDFs, design-photos.test.ts the photos of their held-out
 * part. Each batch's floors were recorded when it came in and are raised, never lowered.
 * Designs 16–45 measured before any tuning on them: dev 116 and 18 wrong while sure, held-out 64
 * and 4; designs 46–60 made after tuning on 1–45, read on first sight: 73/86 fields right, 4
 * wrong while shown as sure (all in their development part). Later batches of 15, each written
 * in one go and read on first sight before any change (text PDFs):
 *
 * | Designs | Development, first sight | Held-out, first sight |
 * |---------|--------------------------|-----------------------|
 * | 61–75   | 47/63, 4 wrong while sure | 29/32, 1              |
 * | 76–90   | 54/62, 2                  | 21/30, 2              |
 * | 91–105  | 47/59, 3                  | 28/31, 0              |
 * | 106–120 | 53/62, 1                  | 27/32, 1              |
 * | 121–135 | 47/57, 0                  | 27/31, 0              |
 * | 136–150 | 55/60, 1                  | 26/29, 0              |
 * | 151–165 | 59/65, 1                  | 26/28, 1              |
 * | 166–180 | 55/59, 2                  | 27/31, 0              |
 * | 181–195 | 47/60, 2                  | 30/32, 0              |
 * | 196–210 | 56/58, 2                  | 29/31, 0              |
 * | 211–225 | 53/57, 0                  | 29/31, 1              |
 * | 226–240 | 55/59, 0                  | 29/30, 0              |
 * | 241–255 | 51/61, 3                  | 26/29, 1              |
 * | 256–270 | 53/58, 2                  | 28/29, 1              |
 * | 271–285 | 57/59, 0                  | 28/29, 0              |
 * | 286–300 | 47/58, 1                  | 28/31, 0              |
 * | 301–315 | 56/60, 2                  | 29/32, 0              |
 * | 316–330 | 46/60, 1                  | 31/33, 0              |
 * | 331–345 | 49/60, 3                  | 26/29, 1              |
 * | 346–360 | 52/59, 0                  | 28/30, 0              |
 * | 361–375 | 54/62, 2                  | 27/30, 0              |
 * | 376–390 | 50/60, 1                  | 21/30, 1              |
 * | 391–405 | 48/60, 1                  | 24/29, 0              |
 * | 406–420 | 40/55, 1                  | 28/31, 2              |
 * | 421–435 | 56/60, 0                  | 25/29, 0              |
 * | 436–450 | 48/60, 4                  | 25/30, 0              |
 * | 451–465 | 49/61, 2                  | 25/28, 0              |
 * | 466–480 | 37/57, 1                  | 14/27, 0              |
 * | 481–495 | 52/61, 2                  | 19/29, 0              |
 * | 496–510 | 49/57, 0                  | 21/27, 0              |
 * | 511–525 | 56/61, 0                  | 20/28, 0              |
 * | 526–540 | 43/58, 1                  | 21/29, 0              |
 * | 541–555 | 57/61, 2                  | 28/30, 0              |
 * | 556–570 | 43/57, 2                  | 16/28, 2              |
 * | 571–585 | 55/60, 1                  | 24/28, 2 (*)          |
 * | 586–600 | 50/62, 2                  | 23/28, 0              |
 * | 601–615 | 52/59, 1                  | 27/28, 0              |
 * | 616–630 | 55/59, 1 (**)             | 27/29, 0              |
 * | 631–645 | 54/59, 1                  | 29/30, 0              |
 * | 646–660 | 48/57, 0                  | 30/30, 0              |
 * | 661–675 | 51/60, 0                  | 23/29, 0              |
 * | 676–690 | 53/60, 2                  | 24/29, 1              |
 * | 691–705 | 50/58, 1                  | 24/28, 0              |
 * | 706–720 | 50/59, 1                  | 24/29, 0              |
 * | 721–735 | 54/58, 1                  | 19/27, 1              |
 * | 736–750 | 50/58, 0                  | 26/29, 0              |
 * | 751–765 | 55/59, 1                  | 28/29, 0              |
 * | 766–780 | 52/58, 0                  | 26/29, 1              |
 * | 781–795 | 52/59, 2                  | 25/27, 0              |
 * | 796–810 | 48/59, 0 (***)            | 28/31, 0              |
 * | 811–825 | 51/57, 1                  | 25/30, 2              |
 * | 826–840 | 59/61, 0                  | 23/29, 2              |
 * | 841–855 | 54/59, 2                  | 24/29, 0              |
 * | 856–870 | 49/58, 3                  | 27/30, 1              |
 * | 871–885 | 53/58, 0                  | 25/29, 1              |
 * | 886–900 | 52/59, 1                  | 24/28, 0              |
 * | 901–915 | 51/57, 0                  | 25/27, 0              |
 * | 916–930 | 48/58, 0                  | 28/28, 0              |
 * | 931–945 | 55/57, 2                  | 26/29, 0              |
 * | 946–960 | 54/60, 0                  | 28/30, 0              |
 * | 961–975 | 51/57, 0                  | 25/29, 0              |
 * | 976–990 | 56/58, 0                  | 27/30, 0              |
 * | 991–1005 | 52/58, 1                 | 24/27, 0              |
 * | 1006–1020 | 55/59, 1 (****)         | 30/30, 0              |
 * | 1021–1035 | 54/60, 1                | 25/29, 0              |
 * | 1036–1050 | 57/59, 0                | 28/30, 1              |
 * | 1051–1065 | 57/60, 1                | 30/30, 0              |
 * | 1066–1080 | 60/61, 1                | 26/28, 2              |
 * | 1081–1095 | 51/57, 2                | 29/30, 0              |
 * | 1096–1110 | 54/60, 2                | 26/27, 0              |
 * | 1111–1125 | 55/60, 1                | 32/32, 0              |
 * | 1126–1140 | 57/59, 1                | 28/30, 0              |
 * | 1141–1155 | 54/60, 2                | 29/29, 0              |
 * | 1156–1170 | 52/59, 0                | 29/30, 1              |
 * | 1171–1185 | 58/60, 1                | 27/28, 0              |
 * | 1186–1200 | 56/59, 1                | 28/28, 0              |
 * | 1201–1215 | 58/61, 1 (*****)        | 25/28, 1              |
 * | 1216–1230 | 54/57, 0 (******)       | 24/30, 1              |
 * | 1231–1245 | 59/61, 0                | 27/28, 0              |
 * | 1246–1260 | 58/60, 1                | 26/28, 1              |
 * | 1261–1275 | 50/60, 3                | 26/28, 0              |
 * | 1276–1290 | 55/59, 2                | 27/28, 1              |
 * | 1291–1305 | 56/59, 0                | 29/30, 0              |
 * | 1306–1320 | 55/62, 2                | 22/27, 2              |
 * | 1321–1335 | 54/58, 0                | 29/29, 0              |
 * | 1336–1350 | 58/60, 1                | 27/29, 1              |
 * | 1351–1365 | 53/59, 5                | 29/30, 0              |
 * | 1366–1380 | 58/61, 2                | 29/29, 0              |
 * | 1381–1395 | 55/60, 0                | 26/30, 0              |
 * | 1396–1410 | 57/59, 0                | 28/29, 1              |
 * | 1411–1425 | 55/59, 1                | 29/30, 1              |
 * | 1426–1440 | 55/58, 3                | 25/28, 0              |
 * | 1441–1455 | 54/57, 0                | 24/29, 0              |
 * | 1456–1470 | 53/59, 1                | 28/29, 0              |
 * | 1471–1485 | 49/57, 1 (*******)      | 25/27, 0              |
 * | 1486–1500 | 55/57, 1                | 24/29, 0              |
 *
 * (*) d579's expected provider corrected after its first sight to the corpus's rule for a CPR
 * card (the training centre it names, as d224 and others expect, not the body): 23/28 and 3 as
 * first written. Found writing d619, a development design of the same kind; d579 was not opened.
 * (**) With d619 corrected likewise before tuning; 54/59 and 2 as first written.
 * (***) d806's expected provider corrected while tuning to the corpus's rule for a letterhead in
 * two languages (the first, as d611 expects); its first sight read no provider either way.
 * (****) d1010's expected provider ("ISSA" as printed) corrected while tuning to the corpus's
 * rule for a body's code as the letterhead (the body's name in full, as d145 expects); its first
 * sight read the name in full, so 54/59 as first written.
 * (*****) d1201's expected provider ("National Council on Strength & Fitness" as printed)
 * corrected while tuning to the same rule (the body's name as the catalog has it, "… and
 * Fitness"); its first sight read it letter-spaced ("O N"), wrong either way.
 * (******) d1229's expected title corrected while tuning to the corpus's rule for a title in two
 * languages (both, as d46 expects: "Barre Fundamentals / Les bases de la barre"); a rule taking
 * the first made d46 wrong and cost a held-out field, and was dropped. 53/57 as first written.
 * (*******) While tuning on d1477 (NCSF's name printed with "&" as its letterhead), d71's expected
 * provider ("National Council on Strength & Fitness" as printed) was corrected to the corpus's
 * rule for a body as the letterhead (the catalog's name, "… and Fitness", as d145, d1010, d1201
 * and d1477 expect); the batch's own figures are unaffected.
 *
 * The reader was then tuned on their development parts only. The held-out fields wrong while
 * shown as sure were found on first sight and never looked at: the counts below record where
 * the reader stands on them, not the goal of 0 (the photo floors were raised at the stops of
 * designs 781–795, 991–1005, 1156–1170 and 1486–1500 to where the reader then stood; the text floors at
 * the stop of designs 1396–1410, 44 of them, to where the reader then stood). Photos of the held-out designs:
 * read with the OCR models of fourteen languages since designs 91–105 (English alone before: 97
 * and 44).
 */
export const BATCHES: {
  designs: [number, number];
  text: Record<'dev' | 'held-out', { right: number; wrongButSure: number }>;
  photoHeldOut: { right: number; wrongButSure: number };
}[] = [
  {
    designs: [1, 60],
    text: { dev: { right: 244, wrongButSure: 0 }, 'held-out': { right: 117, wrongButSure: 0 } },
    photoHeldOut: { right: 105, wrongButSure: 0 },
  },
  {
    designs: [61, 90],
    text: { dev: { right: 125, wrongButSure: 0 }, 'held-out': { right: 57, wrongButSure: 1 } },
    photoHeldOut: { right: 56, wrongButSure: 0 },
  },
  {
    designs: [91, 105],
    text: { dev: { right: 59, wrongButSure: 0 }, 'held-out': { right: 31, wrongButSure: 0 } },
    photoHeldOut: { right: 29, wrongButSure: 0 },
  },
  {
    designs: [106, 120],
    text: { dev: { right: 62, wrongButSure: 0 }, 'held-out': { right: 32, wrongButSure: 0 } },
    photoHeldOut: { right: 28, wrongButSure: 0 },
  },
  {
    designs: [121, 135],
    text: { dev: { right: 57, wrongButSure: 0 }, 'held-out': { right: 29, wrongButSure: 0 } },
    photoHeldOut: { right: 28, wrongButSure: 0 },
  },
  {
    designs: [136, 150],
    text: { dev: { right: 60, wrongButSure: 0 }, 'held-out': { right: 26, wrongButSure: 0 } },
    photoHeldOut: { right: 26, wrongButSure: 0 },
  },
  {
    designs: [151, 165],
    text: { dev: { right: 65, wrongButSure: 0 }, 'held-out': { right: 26, wrongButSure: 1 } },
    photoHeldOut: { right: 25, wrongButSure: 1 },
  },
  {
    designs: [166, 180],
    text: { dev: { right: 59, wrongButSure: 0 }, 'held-out': { right: 30, wrongButSure: 0 } },
    photoHeldOut: { right: 30, wrongButSure: 0 },
  },
  {
    designs: [181, 195],
    text: { dev: { right: 60, wrongButSure: 0 }, 'held-out': { right: 32, wrongButSure: 0 } },
    photoHeldOut: { right: 31, wrongButSure: 0 },
  },
  {
    designs: [196, 210],
    text: { dev: { right: 58, wrongButSure: 0 }, 'held-out': { right: 30, wrongButSure: 0 } },
    photoHeldOut: { right: 29, wrongButSure: 0 },
  },
  {
    designs: [211, 225],
    text: { dev: { right: 57, wrongButSure: 0 }, 'held-out': { right: 31, wrongButSure: 0 } },
    photoHeldOut: { right: 31, wrongButSure: 0 },
  },
  {
    designs: [226, 240],
    text: { dev: { right: 59, wrongButSure: 0 }, 'held-out': { right: 29, wrongButSure: 0 } },
    photoHeldOut: { right: 29, wrongButSure: 0 },
  },
  {
    designs: [241, 255],
    text: { dev: { right: 61, wrongButSure: 0 }, 'held-out': { right: 28, wrongButSure: 0 } },
    photoHeldOut: { right: 27, wrongButSure: 0 },
  },
  {
    designs: [256, 270],
    text: { dev: { right: 57, wrongButSure: 0 }, 'held-out': { right: 29, wrongButSure: 0 } },
    photoHeldOut: { right: 28, wrongButSure: 0 },
  },
  {
    designs: [271, 285],
    text: { dev: { right: 58, wrongButSure: 0 }, 'held-out': { right: 29, wrongButSure: 0 } },
    photoHeldOut: { right: 28, wrongButSure: 0 },
  },
  {
    designs: [286, 300],
    text: { dev: { right: 58, wrongButSure: 0 }, 'held-out': { right: 29, wrongButSure: 0 } },
    photoHeldOut: { right: 27, wrongButSure: 0 },
  },
  {
    designs: [301, 315],
    text: { dev: { right: 60, wrongButSure: 0 }, 'held-out': { right: 31, wrongButSure: 0 } },
    photoHeldOut: { right: 27, wrongButSure: 0 },
  },
  {
    designs: [316, 330],
    text: { dev: { right: 60, wrongButSure: 0 }, 'held-out': { right: 31, wrongButSure: 0 } },
    photoHeldOut: { right: 29, wrongButSure: 0 },
  },
  {
    designs: [331, 345],
    text: { dev: { right: 60, wrongButSure: 0 }, 'held-out': { right: 27, wrongButSure: 1 } },
    photoHeldOut: { right: 27, wrongButSure: 1 },
  },
  {
    designs: [346, 360],
    text: { dev: { right: 59, wrongButSure: 0 }, 'held-out': { right: 29, wrongButSure: 0 } },
    photoHeldOut: { right: 27, wrongButSure: 0 },
  },
  {
    designs: [361, 375],
    text: { dev: { right: 62, wrongButSure: 0 }, 'held-out': { right: 27, wrongButSure: 0 } },
    photoHeldOut: { right: 26, wrongButSure: 0 },
  },
  {
    designs: [376, 390],
    text: { dev: { right: 60, wrongButSure: 0 }, 'held-out': { right: 24, wrongButSure: 0 } },
    photoHeldOut: { right: 24, wrongButSure: 0 },
  },
  {
    designs: [391, 405],
    text: { dev: { right: 60, wrongButSure: 0 }, 'held-out': { right: 26, wrongButSure: 0 } },
    photoHeldOut: { right: 24, wrongButSure: 0 },
  },
  {
    designs: [406, 420],
    text: { dev: { right: 55, wrongButSure: 0 }, 'held-out': { right: 29, wrongButSure: 2 } },
    photoHeldOut: { right: 28, wrongButSure: 0 },
  },
  {
    designs: [421, 435],
    text: { dev: { right: 60, wrongButSure: 0 }, 'held-out': { right: 29, wrongButSure: 0 } },
    photoHeldOut: { right: 29, wrongButSure: 0 },
  },
  {
    designs: [436, 450],
    text: { dev: { right: 60, wrongButSure: 0 }, 'held-out': { right: 29, wrongButSure: 0 } },
    photoHeldOut: { right: 22, wrongButSure: 0 },
  },
  {
    designs: [451, 465],
    text: { dev: { right: 61, wrongButSure: 0 }, 'held-out': { right: 26, wrongButSure: 0 } },
    photoHeldOut: { right: 26, wrongButSure: 0 },
  },
  {
    designs: [466, 480],
    text: { dev: { right: 57, wrongButSure: 0 }, 'held-out': { right: 21, wrongButSure: 0 } },
    photoHeldOut: { right: 20, wrongButSure: 0 },
  },
  {
    designs: [481, 495],
    text: { dev: { right: 61, wrongButSure: 0 }, 'held-out': { right: 25, wrongButSure: 0 } },
    photoHeldOut: { right: 25, wrongButSure: 0 },
  },
  {
    designs: [496, 510],
    text: { dev: { right: 57, wrongButSure: 0 }, 'held-out': { right: 22, wrongButSure: 0 } },
    photoHeldOut: { right: 22, wrongButSure: 0 },
  },
  {
    designs: [511, 525],
    text: { dev: { right: 61, wrongButSure: 0 }, 'held-out': { right: 28, wrongButSure: 0 } },
    photoHeldOut: { right: 27, wrongButSure: 0 },
  },
  {
    designs: [526, 540],
    text: { dev: { right: 58, wrongButSure: 0 }, 'held-out': { right: 29, wrongButSure: 0 } },
    photoHeldOut: { right: 28, wrongButSure: 0 },
  },
  {
    designs: [541, 555],
    text: { dev: { right: 61, wrongButSure: 0 }, 'held-out': { right: 30, wrongButSure: 0 } },
    photoHeldOut: { right: 30, wrongButSure: 0 },
  },
  {
    designs: [556, 570],
    text: { dev: { right: 57, wrongButSure: 0 }, 'held-out': { right: 23, wrongButSure: 2 } },
    photoHeldOut: { right: 21, wrongButSure: 1 },
  },
  {
    designs: [571, 585],
    text: { dev: { right: 60, wrongButSure: 0 }, 'held-out': { right: 24, wrongButSure: 2 } },
    photoHeldOut: { right: 24, wrongButSure: 0 },
  },
  {
    designs: [586, 600],
    text: { dev: { right: 62, wrongButSure: 0 }, 'held-out': { right: 27, wrongButSure: 0 } },
    photoHeldOut: { right: 27, wrongButSure: 0 },
  },
  {
    designs: [601, 615],
    text: { dev: { right: 59, wrongButSure: 0 }, 'held-out': { right: 27, wrongButSure: 0 } },
    photoHeldOut: { right: 27, wrongButSure: 0 },
  },
  {
    designs: [616, 630],
    text: { dev: { right: 59, wrongButSure: 0 }, 'held-out': { right: 29, wrongButSure: 0 } },
    photoHeldOut: { right: 24, wrongButSure: 0 },
  },
  {
    designs: [631, 645],
    text: { dev: { right: 59, wrongButSure: 0 }, 'held-out': { right: 29, wrongButSure: 0 } },
    photoHeldOut: { right: 29, wrongButSure: 0 },
  },
  {
    designs: [646, 660],
    text: { dev: { right: 57, wrongButSure: 0 }, 'held-out': { right: 30, wrongButSure: 0 } },
    photoHeldOut: { right: 29, wrongButSure: 0 },
  },
  {
    designs: [661, 675],
    text: { dev: { right: 60, wrongButSure: 0 }, 'held-out': { right: 24, wrongButSure: 0 } },
    photoHeldOut: { right: 21, wrongButSure: 0 },
  },
  {
    designs: [676, 690],
    text: { dev: { right: 60, wrongButSure: 0 }, 'held-out': { right: 27, wrongButSure: 0 } },
    photoHeldOut: { right: 25, wrongButSure: 0 },
  },
  {
    designs: [691, 705],
    text: { dev: { right: 58, wrongButSure: 0 }, 'held-out': { right: 24, wrongButSure: 0 } },
    photoHeldOut: { right: 22, wrongButSure: 1 },
  },
  {
    designs: [706, 720],
    text: { dev: { right: 59, wrongButSure: 0 }, 'held-out': { right: 28, wrongButSure: 0 } },
    photoHeldOut: { right: 25, wrongButSure: 0 },
  },
  {
    designs: [721, 735],
    text: { dev: { right: 58, wrongButSure: 0 }, 'held-out': { right: 21, wrongButSure: 1 } },
    photoHeldOut: { right: 21, wrongButSure: 0 },
  },
  {
    designs: [736, 750],
    text: { dev: { right: 58, wrongButSure: 0 }, 'held-out': { right: 28, wrongButSure: 0 } },
    photoHeldOut: { right: 26, wrongButSure: 0 },
  },
  {
    designs: [751, 765],
    text: { dev: { right: 59, wrongButSure: 0 }, 'held-out': { right: 28, wrongButSure: 0 } },
    photoHeldOut: { right: 27, wrongButSure: 0 },
  },
  {
    designs: [766, 780],
    text: { dev: { right: 58, wrongButSure: 0 }, 'held-out': { right: 26, wrongButSure: 1 } },
    photoHeldOut: { right: 24, wrongButSure: 0 },
  },
  {
    designs: [781, 795],
    text: { dev: { right: 59, wrongButSure: 0 }, 'held-out': { right: 25, wrongButSure: 0 } },
    photoHeldOut: { right: 23, wrongButSure: 0 },
  },
  {
    designs: [796, 810],
    text: { dev: { right: 59, wrongButSure: 0 }, 'held-out': { right: 30, wrongButSure: 0 } },
    photoHeldOut: { right: 26, wrongButSure: 0 },
  },
  {
    designs: [811, 825],
    text: { dev: { right: 57, wrongButSure: 0 }, 'held-out': { right: 26, wrongButSure: 0 } },
    photoHeldOut: { right: 23, wrongButSure: 0 },
  },
  {
    designs: [826, 840],
    text: { dev: { right: 61, wrongButSure: 0 }, 'held-out': { right: 25, wrongButSure: 1 } },
    photoHeldOut: { right: 25, wrongButSure: 0 },
  },
  {
    designs: [841, 855],
    text: { dev: { right: 59, wrongButSure: 0 }, 'held-out': { right: 24, wrongButSure: 0 } },
    photoHeldOut: { right: 24, wrongButSure: 0 },
  },
  {
    designs: [856, 870],
    text: { dev: { right: 58, wrongButSure: 0 }, 'held-out': { right: 27, wrongButSure: 1 } },
    photoHeldOut: { right: 27, wrongButSure: 0 },
  },
  {
    designs: [871, 885],
    text: { dev: { right: 58, wrongButSure: 0 }, 'held-out': { right: 26, wrongButSure: 0 } },
    photoHeldOut: { right: 25, wrongButSure: 0 },
  },
  {
    designs: [886, 900],
    text: { dev: { right: 59, wrongButSure: 0 }, 'held-out': { right: 27, wrongButSure: 0 } },
    photoHeldOut: { right: 26, wrongButSure: 0 },
  },
  {
    designs: [901, 915],
    text: { dev: { right: 57, wrongButSure: 0 }, 'held-out': { right: 25, wrongButSure: 0 } },
    photoHeldOut: { right: 25, wrongButSure: 0 },
  },
  {
    designs: [916, 930],
    text: { dev: { right: 58, wrongButSure: 0 }, 'held-out': { right: 28, wrongButSure: 0 } },
    photoHeldOut: { right: 28, wrongButSure: 0 },
  },
  {
    designs: [931, 945],
    text: { dev: { right: 57, wrongButSure: 0 }, 'held-out': { right: 26, wrongButSure: 0 } },
    photoHeldOut: { right: 25, wrongButSure: 0 },
  },
  {
    designs: [946, 960],
    text: { dev: { right: 60, wrongButSure: 0 }, 'held-out': { right: 29, wrongButSure: 0 } },
    photoHeldOut: { right: 27, wrongButSure: 0 },
  },
  {
    designs: [961, 975],
    text: { dev: { right: 57, wrongButSure: 0 }, 'held-out': { right: 25, wrongButSure: 0 } },
    photoHeldOut: { right: 25, wrongButSure: 1 },
  },
  {
    designs: [976, 990],
    text: { dev: { right: 58, wrongButSure: 0 }, 'held-out': { right: 27, wrongButSure: 0 } },
    photoHeldOut: { right: 26, wrongButSure: 0 },
  },
  {
    designs: [991, 1005],
    text: { dev: { right: 58, wrongButSure: 0 }, 'held-out': { right: 25, wrongButSure: 0 } },
    photoHeldOut: { right: 20, wrongButSure: 0 },
  },
  {
    designs: [1006, 1020],
    text: { dev: { right: 59, wrongButSure: 0 }, 'held-out': { right: 30, wrongButSure: 0 } },
    photoHeldOut: { right: 30, wrongButSure: 0 },
  },
  {
    designs: [1021, 1035],
    text: { dev: { right: 60, wrongButSure: 0 }, 'held-out': { right: 26, wrongButSure: 0 } },
    photoHeldOut: { right: 24, wrongButSure: 0 },
  },
  {
    designs: [1036, 1050],
    text: { dev: { right: 59, wrongButSure: 0 }, 'held-out': { right: 30, wrongButSure: 0 } },
    photoHeldOut: { right: 29, wrongButSure: 0 },
  },
  {
    designs: [1051, 1065],
    text: { dev: { right: 60, wrongButSure: 0 }, 'held-out': { right: 30, wrongButSure: 0 } },
    photoHeldOut: { right: 28, wrongButSure: 0 },
  },
  {
    designs: [1066, 1080],
    text: { dev: { right: 61, wrongButSure: 0 }, 'held-out': { right: 27, wrongButSure: 1 } },
    photoHeldOut: { right: 24, wrongButSure: 0 },
  },
  {
    designs: [1081, 1095],
    text: { dev: { right: 57, wrongButSure: 0 }, 'held-out': { right: 29, wrongButSure: 0 } },
    photoHeldOut: { right: 29, wrongButSure: 0 },
  },
  {
    designs: [1096, 1110],
    text: { dev: { right: 60, wrongButSure: 0 }, 'held-out': { right: 26, wrongButSure: 0 } },
    photoHeldOut: { right: 26, wrongButSure: 0 },
  },
  {
    designs: [1111, 1125],
    text: { dev: { right: 60, wrongButSure: 0 }, 'held-out': { right: 32, wrongButSure: 0 } },
    photoHeldOut: { right: 30, wrongButSure: 0 },
  },
  {
    designs: [1126, 1140],
    text: { dev: { right: 59, wrongButSure: 0 }, 'held-out': { right: 28, wrongButSure: 0 } },
    photoHeldOut: { right: 28, wrongButSure: 0 },
  },
  {
    designs: [1141, 1155],
    text: { dev: { right: 60, wrongButSure: 0 }, 'held-out': { right: 29, wrongButSure: 0 } },
    photoHeldOut: { right: 29, wrongButSure: 0 },
  },
  {
    designs: [1156, 1170],
    text: { dev: { right: 59, wrongButSure: 0 }, 'held-out': { right: 29, wrongButSure: 1 } },
    photoHeldOut: { right: 28, wrongButSure: 0 },
  },
  {
    designs: [1171, 1185],
    text: { dev: { right: 60, wrongButSure: 0 }, 'held-out': { right: 27, wrongButSure: 0 } },
    photoHeldOut: { right: 25, wrongButSure: 0 },
  },
  {
    designs: [1186, 1200],
    text: { dev: { right: 59, wrongButSure: 0 }, 'held-out': { right: 28, wrongButSure: 0 } },
    photoHeldOut: { right: 27, wrongButSure: 0 },
  },
  {
    designs: [1201, 1215],
    text: { dev: { right: 61, wrongButSure: 0 }, 'held-out': { right: 25, wrongButSure: 1 } },
    photoHeldOut: { right: 24, wrongButSure: 0 },
  },
  {
    designs: [1216, 1230],
    text: { dev: { right: 57, wrongButSure: 0 }, 'held-out': { right: 24, wrongButSure: 1 } },
    photoHeldOut: { right: 23, wrongButSure: 0 },
  },
  {
    designs: [1231, 1245],
    text: { dev: { right: 61, wrongButSure: 0 }, 'held-out': { right: 28, wrongButSure: 0 } },
    photoHeldOut: { right: 28, wrongButSure: 0 },
  },
  {
    designs: [1246, 1260],
    text: { dev: { right: 60, wrongButSure: 0 }, 'held-out': { right: 26, wrongButSure: 1 } },
    photoHeldOut: { right: 24, wrongButSure: 1 },
  },
  {
    designs: [1261, 1275],
    text: { dev: { right: 60, wrongButSure: 0 }, 'held-out': { right: 27, wrongButSure: 0 } },
    photoHeldOut: { right: 24, wrongButSure: 0 },
  },
  {
    designs: [1276, 1290],
    text: { dev: { right: 59, wrongButSure: 0 }, 'held-out': { right: 27, wrongButSure: 1 } },
    photoHeldOut: { right: 27, wrongButSure: 0 },
  },
  {
    designs: [1291, 1305],
    text: { dev: { right: 59, wrongButSure: 0 }, 'held-out': { right: 29, wrongButSure: 0 } },
    photoHeldOut: { right: 28, wrongButSure: 0 },
  },
  {
    designs: [1306, 1320],
    text: { dev: { right: 62, wrongButSure: 0 }, 'held-out': { right: 22, wrongButSure: 2 } },
    photoHeldOut: { right: 22, wrongButSure: 1 },
  },
  {
    designs: [1321, 1335],
    text: { dev: { right: 58, wrongButSure: 0 }, 'held-out': { right: 29, wrongButSure: 0 } },
    photoHeldOut: { right: 26, wrongButSure: 0 },
  },
  {
    designs: [1336, 1350],
    text: { dev: { right: 60, wrongButSure: 0 }, 'held-out': { right: 27, wrongButSure: 1 } },
    photoHeldOut: { right: 26, wrongButSure: 0 },
  },
  {
    designs: [1351, 1365],
    text: { dev: { right: 59, wrongButSure: 0 }, 'held-out': { right: 29, wrongButSure: 0 } },
    photoHeldOut: { right: 28, wrongButSure: 0 },
  },
  {
    designs: [1366, 1380],
    text: { dev: { right: 61, wrongButSure: 0 }, 'held-out': { right: 29, wrongButSure: 0 } },
    photoHeldOut: { right: 28, wrongButSure: 0 },
  },
  {
    designs: [1381, 1395],
    text: { dev: { right: 60, wrongButSure: 0 }, 'held-out': { right: 26, wrongButSure: 0 } },
    photoHeldOut: { right: 27, wrongButSure: 0 },
  },
  {
    designs: [1396, 1410],
    text: { dev: { right: 59, wrongButSure: 0 }, 'held-out': { right: 29, wrongButSure: 0 } },
    photoHeldOut: { right: 29, wrongButSure: 0 },
  },
  {
    designs: [1411, 1425],
    text: { dev: { right: 59, wrongButSure: 0 }, 'held-out': { right: 29, wrongButSure: 1 } },
    photoHeldOut: { right: 27, wrongButSure: 0 },
  },
  {
    designs: [1426, 1440],
    text: { dev: { right: 58, wrongButSure: 0 }, 'held-out': { right: 25, wrongButSure: 0 } },
    photoHeldOut: { right: 24, wrongButSure: 1 },
  },
  {
    designs: [1441, 1455],
    text: { dev: { right: 56, wrongButSure: 0 }, 'held-out': { right: 24, wrongButSure: 0 } },
    photoHeldOut: { right: 24, wrongButSure: 0 },
  },
  {
    designs: [1456, 1470],
    text: { dev: { right: 59, wrongButSure: 0 }, 'held-out': { right: 28, wrongButSure: 0 } },
    photoHeldOut: { right: 25, wrongButSure: 1 },
  },
  {
    designs: [1471, 1485],
    text: { dev: { right: 57, wrongButSure: 0 }, 'held-out': { right: 25, wrongButSure: 0 } },
    photoHeldOut: { right: 24, wrongButSure: 0 },
  },
  {
    designs: [1486, 1500],
    text: { dev: { right: 57, wrongButSure: 0 }, 'held-out': { right: 24, wrongButSure: 0 } },
    photoHeldOut: { right: 25, wrongButSure: 0 },
  },
];
