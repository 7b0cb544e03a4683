import { registerEnumType } from 'type-graphql';
import { MeasureService } from '../../domain/measure-services.js';

/** The Art. 12(1) indicators (docs/indicators.md defines each: which records, which dates). */
export enum Indicator {
  CHILDREN_IN_EDUCATION = 'CHILDREN_IN_EDUCATION',
  HIGHER_EDUCATION = 'HIGHER_EDUCATION',
  EMPLOYED = 'EMPLOYED',
  HOUSING_SERVICES = 'HOUSING_SERVICES',
  SOCIAL_ASSISTANCE = 'SOCIAL_ASSISTANCE',
}

export const INDICATORS: Record<Indicator, { article: string; services: MeasureService[]; childrenOnly?: true; en: string; bg: string }> = {
  CHILDREN_IN_EDUCATION: {
    article: 'Art. 12(1) p.1',
    services: [MeasureService.KINDERGARTEN, MeasureService.SCHOOL],
    childrenOnly: true,
    en: 'Children enrolled in kindergartens and schools',
    bg: 'Деца, записани в детски градини и училища',
  },
  HIGHER_EDUCATION: {
    article: 'Art. 12(1) p.2',
    services: [MeasureService.HIGHER_EDUCATION],
    en: 'Beneficiaries enrolled in higher education',
    bg: 'Записани във висши училища',
  },
  EMPLOYED: {
    article: 'Art. 12(1) p.3',
    services: [MeasureService.EMPLOYED, MeasureService.SELF_EMPLOYED],
    en: 'Beneficiaries employed',
    bg: 'Заети лица',
  },
  HOUSING_SERVICES: {
    article: 'Art. 12(1) p.4',
    services: [MeasureService.HOUSING_COUNSELLING, MeasureService.HOUSING_PROVIDED],
    en: 'Beneficiaries who used housing services (by kind of status: group by PROTECTION_KIND)',
    bg: 'Използвали услуги за достъп до жилищно настаняване',
  },
  SOCIAL_ASSISTANCE: {
    article: 'Art. 12(1) p.5',
    services: [
      MeasureService.MONTHLY_SOCIAL_AID,
      MeasureService.ONE_OFF_SOCIAL_AID,
      MeasureService.ID_CARD_AID,
      MeasureService.TEMPORARY_ACCOMMODATION,
      MeasureService.HEATING_AID,
      MeasureService.SOCIAL_SERVICES,
      MeasureService.HOSPITAL_CARE_PAYMENT,
      MeasureService.CHILD_PROTECTION,
    ],
    en: 'Beneficiaries given social aid and services (Art. 11)',
    bg: 'Получили социални помощи и социални услуги',
  },
};

registerEnumType(Indicator, {
  name: 'Indicator',
  description: 'An indicator of Art. 12(1); docs/indicators.md defines which records and dates count.',
  valuesConfig: Object.fromEntries(Object.entries(INDICATORS).map(([k, v]) => [k, { description: `${v.article}: ${v.en}.` }])),
});

export enum IndicatorDimension {
  CITIZENSHIP = 'CITIZENSHIP',
  SEX = 'SEX',
  AGE_GROUP = 'AGE_GROUP',
  PROTECTION_KIND = 'PROTECTION_KIND',
  SERVICE = 'SERVICE',
  PROVINCE = 'PROVINCE',
  MUNICIPALITY = 'MUNICIPALITY',
}
registerEnumType(IndicatorDimension, {
  name: 'IndicatorDimension',
  description: 'Art. 12(3): country of origin or stateless, sex, age group, kind of status, kind of service or access; and where.',
});
