import { defineStrings } from '../../i18n.js';

export const offenceStrings = defineStrings({
  bg: {
    offences: 'Уведомления за нарушения до кмета (чл. 24, ал. 2)',
    empty: 'Няма уведомления.',
    person: 'Лице',
    kind: 'Вид',
    'kind.ADMINISTRATIVE_OFFENCE': 'Административно нарушение',
    'kind.CRIME': 'Престъпление',
    committedOn: 'Извършено на',
    reportedOn: 'Уведомено на',
    description: 'Описание',
    municipality: 'Община (кмет)',
    reportTitle: 'Уведомяване на кмета за нарушение или престъпление (чл. 24, ал. 2)',
    reportSubmit: 'Уведоми кмета',
  },
  en: {
    offences: 'Reports of offences to the mayor (Art. 24(2))',
    empty: 'No reports.',
    person: 'Person',
    kind: 'Kind',
    'kind.ADMINISTRATIVE_OFFENCE': 'Administrative offence',
    'kind.CRIME': 'Crime',
    committedOn: 'Committed on',
    reportedOn: 'Reported on',
    description: 'Description',
    municipality: 'Municipality (mayor)',
    reportTitle: 'Inform the mayor of an offence or crime (Art. 24(2))',
    reportSubmit: 'Inform the mayor',
  },
});
