export { generateRoster } from '../local/sample-roster';
