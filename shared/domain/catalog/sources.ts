/**
 * The sources behind the catalog, by the bodies'
 * own pages where one exists. Third-party pages are used only where nothing official was
 * found, and the values they support are marked unconfirmed.
 */
export const SRC = {
  nasmCpt: 'https://www.nasm.org/recertify/personal-trainer-recertification',
  nasmHandsOn: 'https://afaa.com/terms-and-conditions',
  nasmGuidelines: 'https://www.scribd.com/document/666597864/Nasm-Cpt-Recertification-Guidelines',
  nasmSpecializations: 'https://questions.askthetrainer.com/nasm-certification-continuing-education.html',
  nasmCsnc: 'https://www.nasm.org/recertify/certified-sports-nutrition-coach-renewal',
  nasmSupport: 'https://support.nasm.org/migration/recertification-renewal?hsLang=en',
  afaaRecertify: 'https://www.afaa.com/recertify',
  afaaForm: 'https://fill.io/CERTIFIED-GROUP-FITNESS-INSTRUCTOR-RECERTIFICATION-A-PP-L',
  afaaOld: 'http://afaa.com/recertify',
  ace: 'https://www.acefitness.org/fitness-certifications/recertification/',
  aceGrace: 'https://www.acefitness.org/acefit/fitness-programs-article/2751/ACEFit-workout-advice-and-exercise-tips/',
  aceCprConflict: 'https://www.acefitness.org/blogs/postdetail.aspx?page=53&postid=3290',
  aceHealthCoach: 'http://dod-civ-cool-review.s3.amazonaws.com/search/CERT_LWMC867.htm',
  acsm: 'https://acsm.org/certification/recertification',
  acsmLateFee2019: 'https://www.acsm.org/news-detail/2019/10/15/acsm-certification-late-fee-increase-reinstatement',
  acsmFaq: 'https://acsm.org/certification/recertification/faqs/',
  acsmOld: 'http://certification.acsm.org/faq12-recert-requirements',
  nsca: 'https://www.nsca.com/certification/recertification/',
  nscaCategories: 'https://dxpprod.nsca.com/certification/continuing-education/ceu-categories/',
  nscaCategoriesOld: 'https://www.nsca.com/certification/continuing-education/ceu-categories/',
  nscaFaq: 'https://www.nsca.com/recertifyfaqs/',
  nscaHours: 'https://dxpprod.nsca.com/link/0513cabab7d448899ad4dbe722c55fdf.aspx',
  nscaPolicies: 'https://wixlib.com/document/18090_nsca-recertification-policies-procedures.html',
  issa: 'https://www.issaonline.com/continuing-education/requirements.cfm',
  ncsfHowTo: 'https://www.ncsf.org/recertify/how-to',
  ncsfFaq: 'https://nominate.ncsf.org/recertify/faq',
  neta: 'https://www.netafit.org/certifications/renewals/primary-certification-renewal/',
  netaForm: 'https://ja.scribd.com/document/250794416/NETA-Renewal-App-2sided-1',
  aha: 'http://www.proed.net/ecc/T_courses/Tcourse_menu.htm',
  ahaCards: 'https://cpr.heart.org/',
  redCross: 'https://winenfood.com/red-cross-cpr-certification-length',
} as const;

/** When the reference values were last checked (the research notes of November 2026). */
export const VERIFIED_ON = '2026-11-01';

/**
 * When the values changed by the rules audit of catalog 2026.12.1 were checked: each such
 * value carries this date instead of VERIFIED_ON.
 */
export const AUDITED_ON = '2026-12-01';
