/**
 * The CLI's commands, one file each. Each one: read its arguments, call the contract through a
 * session, print the answer. No rule, export or file format lives here.
 */
export { backup, restore } from './backup';
export { exportReport, saveOnly } from './export';
export { importFile, parseMapOption } from './import';
export { UsageError } from './options';
export { plan } from './plan';
export { readCertificate } from './read-certificate';
export { status } from './status';
