// The three inquirer prompts the questionnaire uses, one module imported when
// a question is first asked, so that no other run loads inquirer.
export { default as confirm } from '@inquirer/confirm';
export { default as number } from '@inquirer/number';
export { default as select } from '@inquirer/select';
