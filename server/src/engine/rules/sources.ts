/**
 * The evidence behind the rules. Rule pages cite these by id; the titles are
 * short bibliographic references, the notes say in our words what each adds.
 */
export interface Source {
  title: string;
  url: string;
}

export const SOURCES = {
  seed: { title: 'Physical-therapy textbook passage on the therapeutic alliance (Naren case): care done with the patient, not to the patient', url: 'docs/source-text.md' },
  S1: { title: 'Goddu AP et al. Do Words Matter? Stigmatizing Language and the Transmission of Bias in the Medical Record. J Gen Intern Med 2018;33(5):685–691', url: 'https://doi.org/10.1007/s11606-017-4289-2' },
  S2: { title: 'Park J et al. Physician Use of Stigmatizing Language in Patient Medical Records. JAMA Netw Open 2021;4(7):e2117052', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8281008' },
  S3: { title: 'Beach MC et al. Testimonial Injustice: Linguistic Bias in the Medical Records of Black Patients and Women. J Gen Intern Med 2021;36(6):1708–1714', url: 'https://doi.org/10.1007/s11606-021-06682-z' },
  S4: { title: 'Sun M et al. Negative Patient Descriptors: Documenting Racial Bias in the Electronic Health Record. Health Aff 2022;41(2):203–211', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8973827' },
  S5: { title: 'Himmelstein G et al. Examination of Stigmatizing Language in the Electronic Health Record. JAMA Netw Open 2022', url: 'https://jamanetwork.com/journals/jamanetworkopen' },
  S6: { title: 'Harrigian K et al. Characterization of Stigmatizing Language in Medical Records. ACL 2023', url: 'https://openreview.net/forum?id=Mp0p7zyJwL' },
  S7: { title: 'Walker D et al. CARE-SD classifiers for stigmatizing and doubt-marking language in the EHR. arXiv:2507.08969 (2025)', url: 'https://arxiv.org/abs/2507.08969' },
  S8: { title: 'Scroggins JK et al. Identifying stigmatizing and positive/preferred language in obstetric clinical notes using NLP. JAMIA 2025;32(2):308–317', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC11756426' },
  S9: { title: 'Barcelona V et al. A qualitative analysis of stigmatizing language in birth admission clinical notes. Nursing Inquiry 2023', url: 'https://doi.org/10.1111/nin.12557' },
  S10: { title: 'Harkins SE et al. Patient Disability Status and the Use of Stigmatizing Language in Clinical Notes. JOGNN 2025', url: 'https://doi.org/10.1016/j.jogn.2025.08.003' },
  S11: { title: 'Society of Hospital Medicine abstract: Identification and Analysis of Context-Specific Stigmatizing Language in Clinical Notes', url: 'https://shmabstracts.org/abstract/identification-and-analysis-of-context-specific-stigmatizing-language-in-clinical-notes/' },
  S12: { title: 'Society of Hospital Medicine abstract: Words Matter: The Prevalence of Stigmatizing Language in the EHR', url: 'https://shmabstracts.org/abstract/words-matter-the-prevalence-of-stigmatizing-language-in-the-ehr/' },
  S13: { title: 'Fernández L et al. Words Matter: What Do Patients Find Judgmental or Offensive in Outpatient Notes? J Gen Intern Med 2021;36(9):2571–2578', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8390578' },
  S14: { title: 'AMA Manual of Style, 11th ed., §11.12 Inclusive Language', url: 'https://www.amamanualofstyle.com' },
  S15: { title: 'APA Publication Manual, 7th ed., §5.4 Disability; APA bias-free language guidelines', url: 'https://apastyle.apa.org/style-grammar-guidelines/bias-free-language/disability' },
  S16: { title: 'National Center on Disability and Journalism, Disability Language Style Guide', url: 'https://ncdj.org/style-guide/' },
  S17a: { title: 'CDC, Communicating With and About People with Disabilities', url: 'https://www.cdc.gov/disability-and-health/articles-documents/communicating-with-and-about-people-with-disabilities.html' },
  S17b: { title: 'CDC, Preferred Terms for Select Population Groups & Communities', url: 'https://www.cdc.gov/health-communication/php/toolkit/preferred-terms.html' },
  S18: { title: 'National Association of the Deaf, Community and Culture – FAQ', url: 'https://www.nad.org/resources/american-sign-language/community-and-culture-frequently-asked-questions/' },
  S19: { title: 'Kenny L et al. Which terms should be used to describe autism? Autism 2016; Keating CT et al. 2023; Buijsman R et al. 2023', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10946540' },
  S20: { title: 'NIDA, Words Matter – Terms to Use and Avoid When Talking About Addiction; ONDCP, Changing the Language of Addiction (2017)', url: 'https://nida.nih.gov/nidamed-medical-health-professionals/health-professions-education/words-matter-terms-to-use-avoid-when-talking-about-addiction' },
  S21: { title: 'Dickinson JK et al. The Use of Language in Diabetes Care and Education. Diabetes Care 2017;40(12):1790–1799', url: 'https://diabetesjournals.org/care/article/40/12/1790/36977' },
  S22: { title: 'AMA House of Delegates 2017: person-first language for obesity', url: 'https://www.physicianspractice.com/view/ama-urges-patient-first-language-destigmatize-obesity' },
  S23: { title: 'AMA Style Insider, Language to Discuss Suicide (2024)', url: 'https://amastyleinsider.com/category/usage' },
  S24: { title: 'Williams KN et al. Voicing Ageism in Nursing Home Dementia Care. J Gerontol Nurs 2017; Shaw CA, Gordon JK. Understanding Elderspeak. Innov Aging 2021', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5572481/' },
  S25: { title: 'The Joint Commission, Official "Do Not Use" List', url: 'https://www.jointcommission.org/facts_about_do_not_use_list/' },
  S26: { title: 'ISMP, List of Error-Prone Abbreviations, Symbols, and Dose Designations', url: 'https://www.ismp.org/recommendations/error-prone-abbreviations-list' },
  S27: { title: 'APTA, Guidelines: Physical Therapy Documentation of Patient/Client Management; Defensible Documentation', url: 'https://www.apta.org/your-practice/documentation' },
  S28: { title: 'CMS, Medicare Benefit Policy Manual, Ch. 15 §220.3', url: 'https://www.cms.gov/Regulations-and-Guidance/Guidance/Manuals/Downloads/bp102c15.pdf' },
  S29: { title: 'Randall KE, McEwen IR. Writing patient-centered functional goals. Phys Ther 2000;80(12):1197–1203', url: 'https://doi.org/10.1093/ptj/80.12.1197' },
  S30: { title: 'APTA Code of Ethics for the Physical Therapist (principles 1B, 2A–2E)', url: 'https://www.apta.org/apta-and-you/leadership-and-governance/policies/code-of-ethics-for-the-physical-therapist' },
  S31: { title: 'HIPAA Privacy Rule, Safe Harbor de-identification, 45 CFR §164.514(b)(2); HHS OCR guidance', url: 'https://www.hhs.gov/hipaa/for-professionals/special-topics/de-identification/' },
  S32: { title: 'Essay on "complaining", "denies" and "failed" in case presentations. J Grad Med Educ 2015;7(1):137–138', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4507913/' },
  S33: { title: 'Treatments fail patients, patients don\'t fail treatments (practice commentary)', url: 'https://drrhodeshambrick.com/2021/02/17/treatments-fail-patients-patients-dont-fail-treatments/' },
  S34: { title: 'Chapman WW et al. A simple algorithm for identifying negated findings (NegEx). J Biomed Inform 2001', url: 'https://doi.org/10.1006/jbin.2001.1029' },
  S35: { title: 'retext-equality (alex) data: prior art for prose linting, and its clinical false positives', url: 'https://github.com/retextjs/retext-equality' },
  S36: { title: 'Hislop H et al. Daniels & Worthingham\'s Muscle Testing, ch. 1 (break and resistance tests)', url: 'https://www.elsevier.com' },
  S37: { title: 'Beach MC, Words, Do No Harm (Johns Hopkins Medicine, 2023)', url: 'https://www.hopkinsmedicine.org/news/articles/2023/05/words-do-no-harm' },
  S38: { title: 'Wells DM et al. Sounding Off on Social Media: The Ethics of Patient Storytelling. Acad Med 2015', url: 'https://journals.lww.com/academicmedicine/Fulltext/2015/08000/Sounding_Off_on_Social_Media___The_Ethics_of.11.aspx' },
  S39: { title: 'Texas Board of Physical Therapy Examiners, What must be in the discharge summary?', url: 'https://ptot.texas.gov/3-what-must-be-in-the-discharge-summary/' },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
