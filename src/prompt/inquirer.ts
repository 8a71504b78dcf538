// The three inquirer prompts the questionnaire uses, one module so that the
// build can put them (and only them) in a file of their own, loaded when asked.
export { default as confirm } from '@inquirer/confirm';
export { default as number } from '@inquirer/number';
export { default as select } from '@inquirer/select';
