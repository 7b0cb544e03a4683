import { registerEnumType } from 'type-graphql';

export enum ApplicationStatus {
  SUBMITTED = 'SUBMITTED',
  FORWARDED = 'FORWARDED',
  CONCLUDED = 'CONCLUDED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ApplicationStatus, {
  name: 'ApplicationStatus',
  description: "A foreigner's application to SAR for an integration agreement (Art. 16).",
  valuesConfig: {
    SUBMITTED: { description: 'Received by SAR.' },
    FORWARDED: { description: 'SAR passed the applicant to a municipality in its register (Art. 20 p.5).' },
    CONCLUDED: { description: 'The municipality concluded an agreement with the applicant.' },
    WITHDRAWN: { description: 'Withdrawn by the applicant.' },
  },
});

export enum MunicipalityApplicationStatus {
  SUBMITTED = 'SUBMITTED',
  REGISTERED = 'REGISTERED',
}
registerEnumType(MunicipalityApplicationStatus, {
  name: 'MunicipalityApplicationStatus',
  description: "A municipality's application to SAR to conclude agreements (Art. 13(1)).",
  valuesConfig: {
    SUBMITTED: { description: 'Filed by the mayor with SAR.' },
    REGISTERED: { description: 'Entered by SAR in the register of municipalities (Art. 13(4)).' },
  },
});
