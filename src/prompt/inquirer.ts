// The three inquirer prompts the questionnaire uses, one module so that the
// build can put them (and only them) in a file of their own, loaded when asked.
export { confirm, number, select } from '@inquirer/prompts';
