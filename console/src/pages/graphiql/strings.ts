import { defineStrings } from '../../i18n.js';

export const graphiqlStrings = defineStrings({
  bg: {
    title: 'GraphiQL за интегратори',
    intro:
      'Заявките се изпращат към /graphql с вашия токен и заявената цел на използването, както всяка заявка на конзолата: виждате само това, което политиката позволява на вашата роля. Документацията на схемата е в изследователя на документацията (иконата с книга горе вляво). Нищо не се запазва в браузъра.',
    example: 'Пример от docs/api-guide.md',
    choose: '— изберете пример —',
    loading: 'Зареждане на GraphiQL…',
  },
  en: {
    title: 'GraphiQL for integrators',
    intro:
      'Queries go to /graphql with your token and your stated purpose of use, like every request of the console: you see only what the policy lets your role see. The schema’s documentation is in the documentation explorer (the book icon at the top left). Nothing is kept in the browser.',
    example: 'Example from docs/api-guide.md',
    choose: '— choose an example —',
    loading: 'Loading GraphiQL…',
  },
});
