import { registerEnumType } from 'type-graphql';
import { MeasureArea } from './agreements.js';

/**
 * The kind of service or access a measure gives (Art. 6–11): what the Art. 12 indicators count, and
 * the "kind of service or access" of Art. 12(3). Each belongs to one area.
 */
export enum MeasureService {
  KINDERGARTEN = 'KINDERGARTEN',
  SCHOOL = 'SCHOOL',
  HIGHER_EDUCATION = 'HIGHER_EDUCATION',
  JOB_COUNSELLING = 'JOB_COUNSELLING',
  EMPLOYED = 'EMPLOYED',
  SELF_EMPLOYED = 'SELF_EMPLOYED',
  VOCATIONAL_TRAINING = 'VOCATIONAL_TRAINING',
  LIFELONG_LEARNING = 'LIFELONG_LEARNING',
  HOUSING_COUNSELLING = 'HOUSING_COUNSELLING',
  HOUSING_PROVIDED = 'HOUSING_PROVIDED',
  HEALTH_SERVICE = 'HEALTH_SERVICE',
  IMMUNISATION = 'IMMUNISATION',
  PROPHYLACTIC_EXAMINATION = 'PROPHYLACTIC_EXAMINATION',
  MONTHLY_SOCIAL_AID = 'MONTHLY_SOCIAL_AID',
  ONE_OFF_SOCIAL_AID = 'ONE_OFF_SOCIAL_AID',
  ID_CARD_AID = 'ID_CARD_AID',
  TEMPORARY_ACCOMMODATION = 'TEMPORARY_ACCOMMODATION',
  HEATING_AID = 'HEATING_AID',
  SOCIAL_SERVICES = 'SOCIAL_SERVICES',
  HOSPITAL_CARE_PAYMENT = 'HOSPITAL_CARE_PAYMENT',
  CHILD_PROTECTION = 'CHILD_PROTECTION',
  LANGUAGE_COURSE = 'LANGUAGE_COURSE',
}

/** The area of each service, and the article it comes from (with its Bulgarian name for reports). */
export const SERVICES: Record<MeasureService, { area: MeasureArea; article: string; bg: string }> = {
  KINDERGARTEN: { area: MeasureArea.EDUCATION, article: 'Art. 6 p.1', bg: 'Детска градина' },
  SCHOOL: { area: MeasureArea.EDUCATION, article: 'Art. 6 p.1', bg: 'Училище' },
  HIGHER_EDUCATION: { area: MeasureArea.EDUCATION, article: 'Art. 6 p.2', bg: 'Висше училище' },
  JOB_COUNSELLING: { area: MeasureArea.EMPLOYMENT, article: 'Art. 7 p.1', bg: 'Информиране и консултиране за работа' },
  EMPLOYED: { area: MeasureArea.EMPLOYMENT, article: 'Art. 7 p.2', bg: 'Заетост при работодател' },
  SELF_EMPLOYED: { area: MeasureArea.EMPLOYMENT, article: 'Art. 7 p.2', bg: 'Самостоятелна заетост' },
  VOCATIONAL_TRAINING: { area: MeasureArea.TRAINING, article: 'Art. 8 p.1', bg: 'Професионално обучение' },
  LIFELONG_LEARNING: { area: MeasureArea.TRAINING, article: 'Art. 8 p.2', bg: 'Учене през целия живот' },
  HOUSING_COUNSELLING: { area: MeasureArea.HOUSING, article: 'Art. 9 p.1', bg: 'Консултиране за жилищно настаняване' },
  HOUSING_PROVIDED: { area: MeasureArea.HOUSING, article: 'Art. 9 p.2', bg: 'Жилищно настаняване' },
  HEALTH_SERVICE: { area: MeasureArea.HEALTHCARE, article: 'Art. 10', bg: 'Здравни услуги' },
  IMMUNISATION: { area: MeasureArea.HEALTHCARE, article: 'Art. 23 p.1-2', bg: 'Имунизации' },
  PROPHYLACTIC_EXAMINATION: { area: MeasureArea.HEALTHCARE, article: 'Art. 23 p.3', bg: 'Профилактични прегледи' },
  MONTHLY_SOCIAL_AID: { area: MeasureArea.SOCIAL_ASSISTANCE, article: 'Art. 11 p.1', bg: 'Месечни социални помощи' },
  ONE_OFF_SOCIAL_AID: { area: MeasureArea.SOCIAL_ASSISTANCE, article: 'Art. 11 p.2', bg: 'Еднократни социални помощи' },
  ID_CARD_AID: { area: MeasureArea.SOCIAL_ASSISTANCE, article: 'Art. 11 p.3', bg: 'Помощ за лична карта' },
  TEMPORARY_ACCOMMODATION: { area: MeasureArea.SOCIAL_ASSISTANCE, article: 'Art. 11 p.4', bg: 'Център за временно настаняване' },
  HEATING_AID: { area: MeasureArea.SOCIAL_ASSISTANCE, article: 'Art. 11 p.5', bg: 'Целева помощ за отопление' },
  SOCIAL_SERVICES: { area: MeasureArea.SOCIAL_ASSISTANCE, article: 'Art. 11 p.6', bg: 'Социални услуги' },
  HOSPITAL_CARE_PAYMENT: { area: MeasureArea.SOCIAL_ASSISTANCE, article: 'Art. 11 p.7', bg: 'Заплащане на болнична помощ' },
  CHILD_PROTECTION: { area: MeasureArea.SOCIAL_ASSISTANCE, article: 'Art. 11 p.8', bg: 'Програми за закрила на детето' },
  LANGUAGE_COURSE: { area: MeasureArea.LANGUAGE, article: 'Art. 4(3)', bg: 'Курс по български език' },
};

registerEnumType(MeasureService, {
  name: 'MeasureService',
  description: 'The kind of service or access a measure gives (Art. 6–11); it must belong to the measure’s area.',
  valuesConfig: Object.fromEntries(Object.entries(SERVICES).map(([k, v]) => [k, { description: `${v.article} (${v.area}): ${v.bg}` }])),
});
