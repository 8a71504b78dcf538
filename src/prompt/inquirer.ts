// The inquirer prompts the questionnaire uses, one module imported when
// a question is first asked, so that no other run loads inquirer.
export { confirm, input, number, select } from '@inquirer/prompts';
