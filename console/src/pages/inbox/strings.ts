import { defineStrings } from '../../i18n.js';

export const inboxStrings = defineStrings({
  bg: {
    inbox: 'Входящи известия',
    empty: 'Няма известия.',
    kind: 'Вид',
    article: 'Основание',
    sender: 'Изпращач',
    dueBy: 'Срок',
    status: 'Състояние',
    overdue: 'Просрочено',
    acknowledged: 'Потвърдено на',
    pending: 'Очаква потвърждение',
    acknowledge: 'Потвърди',
    hub: 'Центърът',
  },
  en: {
    inbox: 'Notifications inbox',
    empty: 'No notifications.',
    kind: 'Kind',
    article: 'Basis',
    sender: 'Sender',
    dueBy: 'Due by',
    status: 'Status',
    overdue: 'Overdue',
    acknowledged: 'Acknowledged on',
    pending: 'Awaiting acknowledgement',
    acknowledge: 'Acknowledge',
    hub: 'The hub',
  },
});
